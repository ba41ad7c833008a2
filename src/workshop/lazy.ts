import { defineAsyncComponent } from 'vue'

// Workshop mode's pieces on the resident's screens, each loaded only where it shows (a demo dataset,
// a plain-http page): a real deployment's first screen carries none of their code or words.

/** The practice-mode banner: join code and "leave practice mode". */
export const WorkshopBanner = defineAsyncComponent(() => import('./WorkshopBanner.vue'))
/** "ตัวอย่าง / DEMO" on a place (list, sheet) or, `explained`, on the map. */
export const DemoTag = defineAsyncComponent(() => import('./DemoTag.vue'))
/** "นี่คือการฝึกซ้อม — อย่าโทรตอนนี้ / This is a practice — do not call now" under a real hotline. */
export const PracticeCallNote = defineAsyncComponent(() => import('./PracticeCallNote.vue'))
/** Why a plain-http page cannot save the app for offline use, and where to install it at home. */
export const InsecureOfflineCopy = defineAsyncComponent(() => import('./InsecureOfflineCopy.vue'))
