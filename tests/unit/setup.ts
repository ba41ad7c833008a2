// Every unit test gets a fresh in-memory IndexedDB; no test touches a real browser store.
import 'fake-indexeddb/auto'
import { loadFirstScreenEnglish } from '@/locales'

// In the app the first screen's English words are a chunk of their own; tests build instances in either language.
await loadFirstScreenEnglish()
