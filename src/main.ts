import { createApp } from 'vue'
import { createPinia } from 'pinia'
import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import './styles.css'
import App from './App.vue'
import { createAppI18n } from './locales'

createApp(App).use(createPinia()).use(createAppI18n()).mount('#app')
