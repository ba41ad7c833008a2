import { WORKSHOP_CHANNEL, type WorkshopChannelMessage } from '@common/workshop/api'

// The app the room sees is opened by the presenter page on the same laptop (same origin), so the two
// talk over a BroadcastChannel; nothing goes over the network.

/** The window size of a resident's phone (the E2E tests' 390×844). */
const PHONE_WINDOW = 'popup,width=390,height=844'

/** Opens the resident app in a phone-sized window (reused when already open). */
export function openProjectedApp(open: Window['open'] = window.open.bind(window)): void {
  open('/', 'safe-space-map-projected', PHONE_WINDOW)
}

/** Tells the projected app to behave as if the network were gone (or back). */
export function announceSimulatedOffline(offline: boolean, Channel: typeof BroadcastChannel = BroadcastChannel): void {
  const channel = new Channel(WORKSHOP_CHANNEL)
  const message: WorkshopChannelMessage = { type: 'simulate-offline', offline }
  channel.postMessage(message)
  channel.close()
}
