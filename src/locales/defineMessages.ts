/** One feature's words: Thai and English side by side (the key test checks both have the same keys). */
export function defineMessages<T extends Record<string, unknown>>(th: T, en: T): { th: T; en: T } {
  return { th, en }
}
