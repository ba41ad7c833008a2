// Test helpers for volunteer mode's components: the app's i18n with the volunteer words, and Pinia.
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createAppI18n } from '@/locales'
import volunteerMessages from '@/locales/messages/volunteer'

/** Plugins to mount a volunteer component with: a fresh Pinia (made active) and Thai words. */
export function volunteerPlugins(): { pinia: Pinia; plugins: [Pinia, ReturnType<typeof createAppI18n>] } {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n()
  i18n.global.mergeLocaleMessage('th', volunteerMessages.th)
  i18n.global.mergeLocaleMessage('en', volunteerMessages.en)
  return { pinia, plugins: [pinia, i18n] }
}

