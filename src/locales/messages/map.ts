import { defineMessages } from '../defineMessages'
import th from './map.th.json'
import en from './map.en.json'

export default defineMessages(th, en)
