import { defineMessages } from '../defineMessages'
import th from './volunteer.th.json'
import en from './volunteer.en.json'

export default defineMessages(th, en)
