import app from './messages/app.en.json'
import pwa from './messages/pwa.en.json'
import places from './messages/places.en.json'
import hotlines from './messages/hotlines.en.json'
import finding from './messages/finding.en.json'
import map from './messages/map.en.json'

/**
 * The first screen's English words but quick exit's (its button shows both languages at once): a
 * chunk of their own, so a first screen in Thai (the default) does not carry them. `index.ts` loads them.
 */
export const firstScreenEnglish: readonly object[] = [app, pwa, places, hotlines, finding, map]
