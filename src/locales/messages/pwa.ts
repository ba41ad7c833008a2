import { defineMessages } from '../defineMessages'
import th from './pwa.th.json'
import en from './pwa.en.json'

export default defineMessages(th, en)
