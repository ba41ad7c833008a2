import { defineMessages } from '../defineMessages'
import th from './safetyBrief.th.json'
import en from './safetyBrief.en.json'

export default defineMessages(th, en)
