import { defineMessages } from '../defineMessages'
import th from './staff.th.json'
import en from './staff.en.json'

export default defineMessages(th, en)
