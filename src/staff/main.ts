import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import '../styles.css'
import './staff.css'
import { createFeatureI18n } from '@/locales'
import quickExit from '@/locales/messages/quickExit'
import staff from '@/locales/messages/staff'
import review from '@/locales/messages/review'
import placesImport from '@/locales/messages/placesImport'
import { useSettingsStore } from '@/stores/settings'
import StaffApp from './StaffApp.vue'

const pinia = createPinia()
createApp(StaffApp).use(pinia).use(createFeatureI18n([quickExit, staff, review, placesImport])).mount('#staff')
// Quick exit goes to the person's own neutral page when they set one in the app.
void useSettingsStore(pinia).load()
