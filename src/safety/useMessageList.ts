import { useI18n } from 'vue-i18n'

/** Reads a message that is a list of sentences (e.g. steps) in the current language. */
export function useMessageList(): (key: string) => string[] {
  const { tm, rt } = useI18n()
  return (key) => (tm(key) as unknown[]).map((item) => rt(item as string))
}
