import { shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { FollowUpFinding } from '@/data/followUpLookup'
import { parseFollowUpCode } from '@/domain/report/followUpCode'

/**
 * The report a follow-up code typed into search belongs to, or null. Only a well-formed code is
 * looked up (by its hash, online); its code loads then, not with the first screen. A typo, an
 * unknown code, a refusal or no connection all stay null: search shows its ordinary "no match".
 * Nothing is kept: the result follows the typed text and is dropped when it changes or is wiped.
 */
export function useFollowUpLookup(query: Ref<string>): Readonly<ShallowRef<FollowUpFinding | null>> {
  const finding = shallowRef<FollowUpFinding | null>(null)
  let latest = 0
  watch(
    query,
    async (text) => {
      const asked = ++latest
      finding.value = null
      const parsed = parseFollowUpCode(text)
      if (parsed.kind !== 'code') return
      const { lookUpFollowUp } = await import('@/data/followUpLookup')
      const found = await lookUpFollowUp(parsed.code).catch(() => null)
      if (asked === latest) finding.value = found
    },
    { immediate: true },
  )
  return finding
}
