import type { DeskHolderView, DeskStateView } from '@common/desk/api'
import { RECOVERY_HOLDER_ID } from '../desk/deskKey'
import type { PersonalPublicKey } from '../desk/records'

/** The coordinators the holders screen lists (never the recovery key), each with what can be done for them. */
export function listedHolders(holders: readonly DeskHolderView[]): DeskHolderView[] {
  return holders.filter((holder) => holder.holderId !== RECOVERY_HOLDER_ID)
}

/**
 * Who receives a new desk key at rotation: every coordinator who still holds the current key, and
 * the recovery key (so the printed code opens new reports too). A revoked person is not among them.
 */
export function rotationRecipients(state: Pick<DeskStateView, 'holders' | 'recoveryKey'>): PersonalPublicKey[] {
  const people = listedHolders(state.holders).flatMap((holder) => (holder.holdsCurrentKey && holder.publicKey ? [holder.publicKey] : []))
  const recovery = state.recoveryKey ? [{ holderId: state.recoveryKey.holderId, publicKeyJwk: state.recoveryKey.publicKeyJwk }] : []
  return [...people, ...recovery]
}
