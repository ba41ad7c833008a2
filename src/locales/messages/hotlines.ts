import { defineMessages } from '../defineMessages'
import th from './hotlines.th.json'
import en from './hotlines.en.json'

export default defineMessages(th, en)
