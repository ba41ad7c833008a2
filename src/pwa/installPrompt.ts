import { shallowRef } from 'vue'

/** Chromium's install event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

/** The browser's deferred install offer, if it made one; only the install guide uses it. */
export const deferredInstall = shallowRef<BeforeInstallPromptEvent | null>(null)

/**
 * Keeps the browser's install offer instead of letting it show its own banner: installing puts an
 * icon on the phone that others can see, so the app offers it only where it explains that.
 */
export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    deferredInstall.value = event as BeforeInstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    deferredInstall.value = null
  })
}

/** Shows the browser's install dialog; resolves true when the person accepted. */
export async function promptInstall(): Promise<boolean> {
  const offer = deferredInstall.value
  if (!offer) return false
  await offer.prompt()
  const { outcome } = await offer.userChoice
  deferredInstall.value = null
  return outcome === 'accepted'
}
