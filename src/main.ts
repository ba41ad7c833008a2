import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import './styles.css'
import App from './App.vue'
import { createAppI18n, loadFirstScreenEnglish } from './locales'
import { usePlacesStore } from './stores/places'
import { useViewStore } from './stores/view'
import { appDatabase } from './data/database'
import { volunteerDataExists } from './volunteer/data/volunteerDataExists'
import { whenFirstScreenShown, whenIdleAfterMapPainted } from './pwa/firstScreen'
import { loadPlaceSheetDetails } from './components/places/loadPlaceSheetDetails'
import { loadSearchFeedback } from './components/finding/loadSearchFeedback'
import { loadSearchCode } from './stores/finder'
import { refreshOnReconnect } from './pwa/refreshOnReconnect'
import { captureInstallPrompt } from './pwa/installPrompt'
import { registerServiceWorker } from './pwa/serviceWorker'
import { showLook, storedLook } from './pwa/homeScreenLook'
import { openSafetyNoticeOnFirstRun } from './safety/firstRun'
import { storedWorkshopSession } from './workshop/workshopState'

// Before the browser reads the manifest: the name and icon chosen in the install guide.
showLook(document, import.meta.env.BASE_URL, storedLook())
captureInstallPrompt()

const pinia = createPinia()
const i18n = createAppI18n()
const app = createApp(App).use(pinia).use(i18n)
const view = useViewStore(pinia)
const places = usePlacesStore(pinia)

// The shell (quick exit, header, hotlines) shows at once; the screen waits until the first one is
// decided: on a first run the safety notice's own code loads first, and the map (Leaflet, the
// basemap) only once the person goes on to it.
app.mount('#app')
void openSafetyNoticeOnFirstRun()

// Renders from IndexedDB at once, then looks for a newer dataset; again whenever the network returns.
void places.start()
refreshOnReconnect(() => places.refresh())

// The offline copy: registered as soon as the first screen (the map, or the first-run safety notice)
// is on show, so it is complete early without competing with that screen.
void whenFirstScreenShown().then(registerServiceWorker)

// Code the first screen does not carry, fetched once the map is painted so a tap does not wait for it:
// the place sheet's details, the search index's code and what the search says under its box, and the
// first screen's English words (for the language switch and the search).
whenIdleAfterMapPainted(() => {
  void loadSearchCode().catch(() => undefined)
  void loadSearchFeedback().catch(() => undefined)
  void loadPlaceSheetDetails().catch(() => undefined)
  void loadFirstScreenEnglish(i18n.global).catch(() => undefined)
})

// Reports waiting in the outbox go out once the first screen is shown, then whenever the network
// returns. With nothing waiting, the flusher loads only when the hidden form opens (it may queue one).
function startOutboxFlusher(): void {
  void import('./data/outboxFlusher').then((flusher) => flusher.startOutboxFlusher())
}
void whenFirstScreenShown()
  .then(() => appDatabase().outbox.count())
  .then((waiting) => waiting > 0 && startOutboxFlusher())
  .catch(() => undefined)
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

// Workshop mode (a trainer's practice server): only a phone showing a demo dataset, or one that
// joined a workshop before, loads its code; a real deployment's phones never do.
function startWorkshopMode(): void {
  void import('./workshop/workshopMode').then((workshop) => workshop.startWorkshopMode(pinia))
}
watch(
  () => places.demo,
  (demo) => demo && startWorkshopMode(),
)
if (storedWorkshopSession() !== null) startWorkshopMode()
