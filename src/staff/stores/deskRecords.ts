import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LocalizedText } from '@common/place'
import type { DeskStateView } from '@common/desk/api'
import { createDeskApi, type DeskApi } from '../api/deskApi'
import { useStaffSession } from './staffSession'

/** The case desk's records as the server last gave them to this coordinator (public keys and wrapped keys only). */
export const useDeskRecords = defineStore('deskRecords', () => {
  const session = useStaffSession()
  const state = ref<DeskStateView | null>(null)
  const problem = ref<LocalizedText | null>(null)
  let client: DeskApi | undefined

  function api(): DeskApi {
    client ??= createDeskApi(session.api())
    return client
  }

  /** Loads the desk's state again; on failure the last state stays and `problem` says why. */
  async function load(): Promise<void> {
    const answer = await api().state()
    problem.value = answer.ok ? null : answer.problem
    if (answer.ok) state.value = answer.data
  }

  /** This coordinator's holder id on the desk. */
  function ownHolderId(): string {
    return `staff-${session.account?.id ?? ''}`
  }

  return { state, problem, api, load, ownHolderId }
})
