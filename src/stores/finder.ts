import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LatLng } from '@/domain/place'

/** Where the person is looking from. A device position lives only in memory, never stored or sent. */
export type Origin =
  | { kind: 'none' }
  | { kind: 'position'; position: LatLng }
  | { kind: 'district'; code: number }
  | { kind: 'community'; placeId: string }

/** What the resident is looking at: the map and the list both read and set this, so they stay in sync. */
export const useFinderStore = defineStore('finder', () => {
  const selectedId = ref<string | null>(null)
  const origin = ref<Origin>({ kind: 'none' })

  function select(id: string | null): void {
    selectedId.value = id
  }

  function setOrigin(next: Origin): void {
    origin.value = next
  }

  return { selectedId, origin, select, setOrigin }
})
