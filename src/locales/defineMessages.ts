/** Declares one feature's messages; English must have exactly the keys Thai has. */
export function defineMessages<T extends Record<string, unknown>>(th: T, en: T): { th: T; en: T } {
  return { th, en }
}
