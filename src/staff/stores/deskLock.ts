import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { onQuickExit } from '@/safety/sensitiveState'
import { createIdleLock } from '../desk/idleLock'
import type { DeskKeyring } from '../desk/keyring'
import { useStaffSession } from './staffSession'

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const

/** The monotonic clock the idle lock reads; a wall clock could be moved to keep the desk open. */
const monotonicNow = (): number => performance.now()

/**
 * The unlocked desk: the keyring in memory only (never in reactive state, never stored), locked
 * again after 15 minutes without a key press or tap, on sign-out, and on quick exit. Locking wipes
 * the keyring; the screens that showed decrypted reports are unmounted with it.
 */
export const useDeskLock = defineStore('deskLock', () => {
  const unlocked = ref(false)
  let keyring: DeskKeyring | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  const idle = createIdleLock(monotonicNow, () => {
    keyring?.wipe()
    keyring = null
    unlocked.value = false
    stopWatching()
  })

  function onActivity(): void {
    idle.activity()
  }

  function onVisible(): void {
    // Timers sleep in a background tab: coming back past the limit locks at once.
    if (document.visibilityState === 'visible') idle.tick()
  }

  function scheduleTick(): void {
    clearTimeout(timer)
    if (idle.state.locked) return
    timer = setTimeout(() => {
      if (!idle.tick().locked) scheduleTick()
    }, idle.msUntilLock())
  }

  function startWatching(): void {
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true })
    document.addEventListener('visibilitychange', onVisible)
    scheduleTick()
  }

  function stopWatching(): void {
    clearTimeout(timer)
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true })
    document.removeEventListener('visibilitychange', onVisible)
  }

  /** Holds an unlocked keyring (replacing and wiping any earlier one) and starts the idle clock. */
  function open(unlockedKeyring: DeskKeyring): void {
    if (keyring !== unlockedKeyring) keyring?.wipe()
    keyring = unlockedKeyring
    stopWatching()
    idle.unlock()
    unlocked.value = true
    startWatching()
  }

  /** Locks now: the keyring is wiped. */
  function lock(): void {
    idle.lock()
  }

  /** The unlocked keyring, or null when the desk is locked (or is due to lock: a sleeping timer is no excuse). */
  function currentKeyring(): DeskKeyring | null {
    return idle.tick().locked ? null : keyring
  }

  onQuickExit(lock)
  const session = useStaffSession()
  watch(
    () => session.status,
    (status) => status !== 'signedIn' && lock(),
  )

  return { unlocked, open, lock, keyring: currentKeyring }
})
