import { createI18n, useI18n, type Composer } from 'vue-i18n'
import app from './messages/app'
import pwa from './messages/pwa'
import places from './messages/places'
import hotlines from './messages/hotlines'
import finding from './messages/finding'
import map from './messages/map'
import quickExit from './messages/quickExit'

export const LOCALES = ['th', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** One feature's words in every language, as `messages/<feature>.ts` exports them. */
export type FeatureMessages = Readonly<Record<Locale, object>>

// The first screen's words; add a first-screen feature here. A screen opened later (safety notice,
// about, install guide, the hidden form) brings its own with useFeatureMessages, so they load with it.
const firstScreenFeatures: readonly FeatureMessages[] = [app, pwa, places, hotlines, finding, map, quickExit]

const added = new WeakMap<object, WeakSet<FeatureMessages>>()

// A deep merge: two features may share a top-level key (quickExit, safetyBrief and safetyNotice all fill `safety.*`).
function addFeatureMessages(composer: Composer, messages: FeatureMessages): void {
  const seen = added.get(composer) ?? new WeakSet()
  added.set(composer, seen)
  if (seen.has(messages)) return
  seen.add(messages)
  for (const locale of LOCALES) composer.mergeLocaleMessage(locale, messages[locale])
}

/** Builds a vue-i18n instance with the words of `features`: Thai first, Thai as the fallback. */
export function createFeatureI18n(features: readonly FeatureMessages[], locale: Locale = 'th') {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'th' })
  for (const feature of features) addFeatureMessages(i18n.global, feature)
  return i18n
}

/** Builds the app's vue-i18n instance with the first screen's words. */
export function createAppI18n(locale: Locale = 'th') {
  return createFeatureI18n(firstScreenFeatures, locale)
}

/** Adds a later screen's words to the app's messages (once); call it in the setup of the screen that shows them. */
export function useFeatureMessages(messages: FeatureMessages): void {
  addFeatureMessages(useI18n({ useScope: 'global' }), messages)
}
