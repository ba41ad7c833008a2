import { defineMessages } from '../defineMessages'
import th from './install.th.json'
import en from './install.en.json'

export default defineMessages(th, en)
