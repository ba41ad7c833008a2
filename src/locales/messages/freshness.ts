import { defineMessages } from '../defineMessages'
import th from './freshness.th.json'
import en from './freshness.en.json'

export default defineMessages(th, en)
