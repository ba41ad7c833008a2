import { defineMessages } from '../defineMessages'
import th from './review.th.json'
import en from './review.en.json'

export default defineMessages(th, en)
