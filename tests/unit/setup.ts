// Every unit test gets a fresh in-memory IndexedDB; no test touches a real browser store.
import 'fake-indexeddb/auto'
import { loadFirstScreenEnglish } from '@/locales'
import { loadSearchCode } from '@/stores/finder'

// In the app the first screen's English words and the search index's code are chunks of their own,
// loaded after the first screen; tests build instances in either language, and search at once.
await loadFirstScreenEnglish()
await loadSearchCode()
