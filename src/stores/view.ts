import { defineStore } from 'pinia'
import { ref } from 'vue'

export const SCREENS = ['home', 'safety', 'about', 'install', 'privacy', 'report', 'volunteer'] as const
export type Screen = (typeof SCREENS)[number]

/**
 * Which screen is showing. Navigation is in memory on purpose: no screen pushes a history
 * entry or changes the URL, so the browser history never reveals what was viewed.
 */
export const useViewStore = defineStore('view', () => {
  const screen = ref<Screen>('home')
  /** Whether the first screen has been decided (src/safety/firstRun.ts); no screen shows before. */
  const firstScreenDecided = ref(false)

  function open(next: Screen): void {
    screen.value = next
  }

  function goHome(): void {
    screen.value = 'home'
  }

  function decideFirstScreen(): void {
    firstScreenDecided.value = true
  }

  return { screen, firstScreenDecided, open, goHome, decideFirstScreen }
})
