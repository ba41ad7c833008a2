import { defineMessages } from '../defineMessages'
import th from './finding.th.json'
import en from './finding.en.json'

export default defineMessages(th, en)
