import { defineMessages } from '../defineMessages'
import th from './safety.th.json'
import en from './safety.en.json'

export default defineMessages(th, en)
