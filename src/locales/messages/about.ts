import { defineMessages } from '../defineMessages'
import th from './about.th.json'
import en from './about.en.json'

export default defineMessages(th, en)
