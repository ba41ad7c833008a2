import { defineMessages } from '../defineMessages'
import th from './presenter.th.json'
import en from './presenter.en.json'

export default defineMessages(th, en)
