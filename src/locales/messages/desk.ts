import { defineMessages } from '../defineMessages'
import th from './desk.th.json'
import en from './desk.en.json'

export default defineMessages(th, en)
