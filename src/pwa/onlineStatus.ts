import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

// A workshop's presenter can make the projected app behave as if offline ("simulate offline",
// src/workshop/): it then shows as offline and asks the network for nothing it would refresh.
const simulatedOffline = ref(false)

/** Turns the workshop's simulated offline on or off; turning it off acts as a reconnection (an `online` event). */
export function simulateOffline(offline: boolean): void {
  const reconnects = simulatedOffline.value && !offline
  simulatedOffline.value = offline
  if (reconnects) window.dispatchEvent(new Event('online'))
}

/** Whether a workshop presenter simulates offline right now. */
export function isSimulatedOffline(): boolean {
  return simulatedOffline.value
}

/** Whether the app should act as online: the browser's word, unless a workshop simulates offline. */
export function isOnline(): boolean {
  return !simulatedOffline.value && (typeof navigator === 'undefined' || navigator.onLine)
}

/** Whether the app is online (see isOnline), kept up to date while the calling component lives. */
export function useOnlineStatus(): Readonly<Ref<boolean>> {
  const browserOnline = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const update = (): void => {
    browserOnline.value = navigator.onLine
  }
  onMounted(() => {
    update()
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return computed(() => browserOnline.value && !simulatedOffline.value)
}
