import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** Whether the browser believes it is online, kept up to date while the calling component lives. */
export function useOnlineStatus(): Ref<boolean> {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const update = (): void => {
    online.value = navigator.onLine
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
  return online
}
