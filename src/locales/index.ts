import { createI18n } from 'vue-i18n'
import app from './messages/app'
import pwa from './messages/pwa'
import install from './messages/install'
import places from './messages/places'
import hotlines from './messages/hotlines'
import finding from './messages/finding'
import map from './messages/map'
import report from './messages/report'
import safety from './messages/safety'

export const LOCALES = ['th', 'en'] as const
export type Locale = (typeof LOCALES)[number]

// One file per feature in ./messages; each owns a single top-level key, so merging cannot collide.
// Add a feature to both lines below.
const features = [app, pwa, install, places, hotlines, finding, safety, map, report] as const
type MessageSchema = typeof app.th & typeof pwa.th & typeof install.th & typeof places.th & typeof hotlines.th & typeof finding.th & typeof safety.th & typeof map.th & typeof report.th

function merge(locale: Locale): MessageSchema {
  return Object.assign({}, ...features.map((feature) => feature[locale])) as MessageSchema
}

/** Builds the app's vue-i18n instance: Thai first, Thai as the fallback. */
export function createAppI18n(locale: Locale = 'th') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'th',
    messages: { th: merge('th'), en: merge('en') },
  })
}
