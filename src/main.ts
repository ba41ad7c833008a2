import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import './styles.css'
import App from './App.vue'
import { createAppI18n } from './locales'
import { usePlacesStore } from './stores/places'
import { refreshOnReconnect } from './pwa/refreshOnReconnect'
import { captureInstallPrompt } from './pwa/installPrompt'

captureInstallPrompt()

const pinia = createPinia()
createApp(App).use(pinia).use(createAppI18n()).mount('#app')

// Renders from IndexedDB at once, then looks for a newer dataset; again whenever the network returns.
const places = usePlacesStore(pinia)
void places.start()
refreshOnReconnect(() => places.refresh())

// Reports waiting in the outbox go out now and whenever the network returns; loaded apart from the first screen.
void import('./data/outboxFlusher').then(({ startOutboxFlusher }) => startOutboxFlusher())
