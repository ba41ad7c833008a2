import { defineMessages } from '../defineMessages'
import th from './privacy.th.json'
import en from './privacy.en.json'

export default defineMessages(th, en)
