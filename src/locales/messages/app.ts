import { defineMessages } from '../defineMessages'
import th from './app.th.json'
import en from './app.en.json'

export default defineMessages(th, en)
