import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import './styles.css'
import App from './App.vue'
import { createAppI18n } from './locales'
import { usePlacesStore } from './stores/places'
import { useViewStore } from './stores/view'
import { appDatabase } from './data/database'
import { volunteerDataExists } from './volunteer/data/volunteerDataExists'
import { whenFirstScreenShown } from './pwa/firstScreen'
import { refreshOnReconnect } from './pwa/refreshOnReconnect'
import { captureInstallPrompt } from './pwa/installPrompt'
import { registerServiceWorker } from './pwa/serviceWorker'
import { showLook, storedLook } from './pwa/homeScreenLook'

// Before the browser reads the manifest: the name and icon chosen in the install guide.
showLook(document, import.meta.env.BASE_URL, storedLook())
captureInstallPrompt()

const pinia = createPinia()
createApp(App).use(pinia).use(createAppI18n()).mount('#app')

// Renders from IndexedDB at once, then looks for a newer dataset; again whenever the network returns.
const places = usePlacesStore(pinia)
void places.start()
refreshOnReconnect(() => places.refresh())

// The offline copy: registered as soon as the first screen (the map, or the first-run safety notice)
// is on show, so it is complete early without competing with that screen.
void whenFirstScreenShown().then(registerServiceWorker)

// Reports waiting in the outbox go out once the first screen is shown, then whenever the network
// returns. With nothing waiting, the flusher loads only when the hidden form opens (it may queue one).
function startOutboxFlusher(): void {
  void import('./data/outboxFlusher').then((flusher) => flusher.startOutboxFlusher())
}
void whenFirstScreenShown()
  .then(() => appDatabase().outbox.count())
  .then((waiting) => waiting > 0 && startOutboxFlusher())
  .catch(() => undefined)
const view = useViewStore(pinia)
watch(
  () => view.screen === 'report',
  (formOpen) => formOpen && startOutboxFlusher(),
)

// A volunteer's checks and edits waiting on this phone go out once the first screen is shown, even
// if volunteer mode is not opened. A phone that never signed in as a volunteer loads nothing more.
void whenFirstScreenShown()
  .then(() => volunteerDataExists())
  .then(async (exists) => {
    if (!exists) return
    const { useVolunteerSession } = await import('./volunteer/stores/volunteerSession')
    await useVolunteerSession(pinia).start()
  })
  .catch(() => undefined)
