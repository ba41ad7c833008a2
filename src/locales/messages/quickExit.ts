import { defineMessages } from '../defineMessages'
import th from './quickExit.th.json'
import en from './quickExit.en.json'

export default defineMessages(th, en)
