import type { Pinia } from 'pinia'
import { WORKSHOP_CHANNEL } from '@common/workshop/api'
import { fetchServerConfig } from '@/data/runtimeConfig'
import { isWorkshopChannelMessage, parseWorkshopConfig, workshopStep } from '@/domain/workshopSession'
import { isSimulatedOffline, simulateOffline } from '@/pwa/onlineStatus'
import { usePlacesStore } from '@/stores/places'
import { joinedWorkshop, rememberWorkshopSession, storedWorkshopSession } from './workshopState'
import { wipeOriginStorage } from './wipeOrigin'

/** How often a visible phone in a workshop asks for a new dataset (a correction approved on the projector) and the session. */
export const WORKSHOP_POLL_MS = 30_000

let started = false

/** Asks the server about the workshop and acts on it: remember the session, or wipe every demo record and start again. */
async function checkWorkshop(holdsDemoRecords: boolean): Promise<void> {
  const step = workshopStep(storedWorkshopSession(), holdsDemoRecords, parseWorkshopConfig(await fetchServerConfig()))
  switch (step.kind) {
    case 'join':
      rememberWorkshopSession(step.workshop.session)
      joinedWorkshop.value = step.workshop
      return
    case 'stay':
      joinedWorkshop.value = step.workshop
      return
    case 'wipe':
      // The trainer reset the workshop, or this is a real site: nothing of the practice may stay.
      await wipeOriginStorage()
      location.reload()
      return
  }
}

/** The presenter's "simulate offline" switch reaches the projected app (same laptop, same origin). */
function followPresenterSwitch(): void {
  if (typeof BroadcastChannel === 'undefined') return
  new BroadcastChannel(WORKSHOP_CHANNEL).onmessage = (event: MessageEvent<unknown>) => {
    if (isWorkshopChannelMessage(event.data)) simulateOffline(event.data.offline)
  }
}

/**
 * Workshop mode, started once a demo dataset is shown or a stored session says the phone joined a
 * workshop: checks the session, then every 30 s while the page is visible (and not simulating
 * offline) looks for a new dataset and a reset.
 */
export function startWorkshopMode(pinia: Pinia): void {
  if (started) return
  started = true
  const places = usePlacesStore(pinia)
  void checkWorkshop(places.demo)
  setInterval(() => {
    if (document.visibilityState !== 'visible' || isSimulatedOffline()) return
    void places.refresh()
    void checkWorkshop(places.demo)
  }, WORKSHOP_POLL_MS)
  followPresenterSwitch()
}
