import { useFinderStore } from '@/stores/finder'
import { usePlacesStore } from '@/stores/places'
import { onQuickExit } from './sensitiveState'

/**
 * Registers the quick-exit wipe of what the shared stores hold in memory that could reveal the
 * person: the device position or chosen place (finder) and the typed search (places filters).
 * Returns the unregister function.
 */
export function registerStoreWipes(): () => void {
  const finder = useFinderStore()
  const places = usePlacesStore()
  return onQuickExit(() => {
    finder.setOrigin({ kind: 'none' })
    finder.select(null)
    places.resetFilters()
  })
}
