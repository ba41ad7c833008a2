import { shallowRef } from 'vue'
import { createI18n, useI18n, type Composer } from 'vue-i18n'
import app from './messages/app.th.json'
import pwa from './messages/pwa.th.json'
import places from './messages/places.th.json'
import hotlines from './messages/hotlines.th.json'
import finding from './messages/finding.th.json'
import map from './messages/map.th.json'
import quickExit from './messages/quickExit'

export const LOCALES = ['th', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** One feature's words in every language, as `messages/<feature>.ts` exports them. */
export type FeatureMessages = Readonly<Record<Locale, object>>

// The first screen's words; add a first-screen feature here (its Thai here, its English in
// firstScreenEnglish.ts, which loads when English is chosen). A screen opened later (safety notice,
// about, install guide, the hidden form) brings its own with useFeatureMessages, so they load with it.
const firstScreenThai: readonly object[] = [app, pwa, places, hotlines, finding, map]
// Quick exit's button shows both languages at once: both are in the main bundle.
const firstScreenFeatures: readonly FeatureMessages[] = [quickExit]

// Reactive, so what is computed from the words (the search's vocabulary) is computed again once English arrives.
const firstScreenEnglish = shallowRef<readonly object[]>()

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

type Messages = { [key: string]: unknown }

const isMessageGroup = (value: unknown): value is Messages => typeof value === 'object' && value !== null && !Array.isArray(value)

// A deep merge into new objects (the words' modules are never changed, so instances stay apart), the later source winning.
function mergedMessages(sources: readonly object[]): Messages {
  const merged: Messages = {}
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const current = merged[key]
      merged[key] = isMessageGroup(value) ? mergedMessages(isMessageGroup(current) ? [current, value] : [value]) : value
    }
  }
  return merged
}

/**
 * Builds the app's vue-i18n instance with the first screen's words: in English too once
 * loadFirstScreenEnglish has run. The words are merged here, as plain objects, and set whole:
 * merged into the instance one file at a time (through its reactive store) they took tens
 * of milliseconds of the start (#14).
 */
export function createAppI18n(locale: Locale = 'th') {
  const i18n = createFeatureI18n([], locale)
  i18n.global.setLocaleMessage('th', mergedMessages([...firstScreenFeatures.map((feature) => feature.th), ...firstScreenThai]))
  i18n.global.setLocaleMessage('en', mergedMessages([...firstScreenFeatures.map((feature) => feature.en), ...(firstScreenEnglish.value ?? [])]))
  added.set(i18n.global, new WeakSet(firstScreenFeatures))
  return i18n
}

function addEnglish(composer: Composer, english: readonly object[]): void {
  for (const words of english) composer.mergeLocaleMessage('en', words)
}

/** Whether the first screen's English words are loaded (every app instance built from then on has them); reactive. */
export function hasFirstScreenEnglish(): boolean {
  return firstScreenEnglish.value !== undefined
}

/**
 * Loads the first screen's English words once (a chunk the service worker precaches) and adds them
 * to `composer`; app instances built afterwards have them from the start.
 */
export async function loadFirstScreenEnglish(composer?: Composer): Promise<void> {
  const english = firstScreenEnglish.value ?? (await import('./firstScreenEnglish')).firstScreenEnglish
  firstScreenEnglish.value = english
  if (composer) addEnglish(composer, english)
}

/** Adds a later screen's words to the app's messages (once); call it in the setup of the screen that shows them. */
export function useFeatureMessages(messages: FeatureMessages): void {
  addFeatureMessages(useI18n({ useScope: 'global' }), messages)
}
