// Every unit test gets a fresh in-memory IndexedDB; no test touches a real browser store.
import 'fake-indexeddb/auto'
