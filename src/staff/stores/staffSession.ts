import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LocalizedText } from '@common/place'
import type { SignedInView, StaffAccountView } from '@common/staff/api'
import { createStaffApi, type FallbackProblems, type StaffApi } from '../api/staffApi'

/** Who is signed in on this page, and the API client every staff screen uses. */
export const useStaffSession = defineStore('staffSession', () => {
  const status = ref<'checking' | 'signedOut' | 'signedIn'>('checking')
  const account = ref<StaffAccountView | null>(null)
  /** Why the person is looking at the sign-in screen, when it is not their own doing. */
  const notice = ref<LocalizedText | null>(null)
  let client: StaffApi | undefined

  function api(): StaffApi {
    if (!client) throw new Error('useStaffSession: call start() first')
    return client
  }

  function signedOut(reason: LocalizedText | null): void {
    account.value = null
    status.value = 'signedOut'
    notice.value = reason
  }

  /** Creates the API client and asks the server who is signed in. */
  async function start(fallback: FallbackProblems & { sessionEnded: LocalizedText }): Promise<void> {
    client = createStaffApi(fallback, () => status.value === 'signedIn' && signedOut(fallback.sessionEnded))
    const me = await client.get<SignedInView>('/api/staff/me')
    if (me.ok) signedIn(me.data.account)
    else signedOut(me.code === 'signed_out' ? null : me.problem)
  }

  function signedIn(who: StaffAccountView): void {
    account.value = who
    status.value = 'signedIn'
    notice.value = null
  }

  /** Ends the session on the server; the page forgets the account whatever the answer. */
  async function signOut(done: LocalizedText): Promise<void> {
    await api().post('/api/staff/sign-out')
    signedOut(done)
  }

  return { status, account, notice, api, start, signedIn, signOut }
})
