import { defineMessages } from '../defineMessages'
import th from './safetyNotice.th.json'
import en from './safetyNotice.en.json'

export default defineMessages(th, en)
