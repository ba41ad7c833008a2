import { textProblem } from '@common/validation/text'

/** The longest reason for a removal, in characters (the server takes 1000 UTF-16 units; a Thai character is one). */
export const MAX_REMOVAL_REASON = 500

/** What is wrong with a removal's reason, or undefined when it can be sent. */
export type RemovalReasonProblem = 'missing' | 'too-long' | 'hidden-character'

/** Checks a removal's reason with the shared text rules; blank (only spaces) counts as missing. Pure. */
export function removalReasonProblem(reason: string): RemovalReasonProblem | undefined {
  const trimmed = reason.trim()
  if (trimmed === '') return 'missing'
  return textProblem(trimmed, MAX_REMOVAL_REASON)?.kind
}
