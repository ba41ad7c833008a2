import { defineMessages } from '../defineMessages'
import th from './report.th.json'
import en from './report.en.json'

export default defineMessages(th, en)
