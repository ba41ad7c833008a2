import { createApp } from 'vue'
import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import '../styles.css'
import '../staff/staff.css'
import './presenter.css'
import { createFeatureI18n } from '@/locales'
import presenter from '@/locales/messages/presenter'
import desk from '@/locales/messages/desk'
import report from '@/locales/messages/report'
import PresenterApp from './PresenterApp.vue'

// The workshop's presenter page (/workshop): its own entry, served by `npm run workshop` only.
// Demo reports are shown with the case desk's words (desk) and the resident form's own (report).
createApp(PresenterApp).use(createFeatureI18n([presenter, desk, report])).mount('#workshop')
