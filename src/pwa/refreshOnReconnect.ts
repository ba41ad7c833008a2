/**
 * Calls `refresh` whenever the device comes back online, so a dataset published while the phone
 * was offline arrives without the person doing anything. Returns a function that stops listening.
 */
export function refreshOnReconnect(refresh: () => Promise<void>): () => void {
  const onOnline = (): void => {
    void refresh()
  }
  window.addEventListener('online', onOnline)
  return () => window.removeEventListener('online', onOnline)
}
