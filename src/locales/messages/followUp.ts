import { defineMessages } from '../defineMessages'
import th from './followUp.th.json'
import en from './followUp.en.json'

export default defineMessages(th, en)
