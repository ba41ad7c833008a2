import { defineMessages } from '../defineMessages'
import th from './placesImport.th.json'
import en from './placesImport.en.json'

export default defineMessages(th, en)
