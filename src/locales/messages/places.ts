import { defineMessages } from '../defineMessages'
import th from './places.th.json'
import en from './places.en.json'

export default defineMessages(th, en)
