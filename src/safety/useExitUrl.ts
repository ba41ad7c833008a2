import { WORKSHOP_EXIT_PATH } from '@common/workshop/api'
import { useSettingsStore } from '@/stores/settings'
import { joinedWorkshop } from '@/workshop/workshopState'
import { pickExitUrl } from './exitUrl'

/** A workshop's quick-exit page: the laptop's own neutral page, on the app's origin (the room may have no internet). */
export function workshopExitUrl(appOrigin: string): string {
  return new URL(WORKSHOP_EXIT_PATH, appOrigin).href
}

/**
 * Where quick exit goes, read at the moment of leaving: during a workshop the laptop's neutral page,
 * else the person's own page, the build's VITE_EXIT_URL or a Thai weather page (`pickExitUrl`).
 */
export function useExitUrl(): () => string {
  const settings = useSettingsStore()
  return () => (joinedWorkshop.value ? workshopExitUrl(window.location.origin) : pickExitUrl(settings.exitUrl, import.meta.env.VITE_EXIT_URL))
}
