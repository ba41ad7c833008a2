import { defineMessages } from '../defineMessages'
import th from './workshop.th.json'
import en from './workshop.en.json'

export default defineMessages(th, en)
