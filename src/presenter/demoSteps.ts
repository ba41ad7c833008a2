/** The demo the trainer walks through, in order (issue #11); each is a message key under `presenter.steps`. */
export const DEMO_STEPS = ['findHelp', 'call', 'quickExit', 'shiftThree', 'hiddenForm', 'offline', 'volunteerCorrection', 'approval'] as const

export type DemoStep = (typeof DEMO_STEPS)[number]

/** The step index after moving by `delta`, kept within the list. */
export function moveStep(current: number, delta: number): number {
  return Math.min(DEMO_STEPS.length - 1, Math.max(0, current + delta))
}
