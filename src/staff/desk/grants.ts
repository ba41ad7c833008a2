import { RECOVERY_HOLDER_ID } from './deskKey'
import { deskErrors, ok, type DeskResult } from './errors'
import { sealGrant } from './grantWrapping'
import type { DeskKeyring } from './keyring'
import type { DeskKeyGrant, PersonalPublicKey } from './records'

// Sharing the desk with another coordinator, and taking it back.

/** Grants every desk key this keyring holds (old ones too, for old reports) to another coordinator's personal public key. */
export async function grantDeskKeys(keyring: DeskKeyring, recipient: PersonalPublicKey): Promise<DeskResult<DeskKeyGrant[]>> {
  if (keyring.isWiped) return deskErrors.keyringWiped()
  const grants: DeskKeyGrant[] = []
  for (const deskKey of keyring.deskKeys()) {
    const pkcs8 = await keyring.exportForGrant(deskKey.id)
    if (!pkcs8.ok) return pkcs8
    const grant = await sealGrant(deskKey, pkcs8.value, recipient)
    pkcs8.value.fill(0)
    if (!grant.ok) return grant
    grants.push(grant.value)
  }
  return ok(grants)
}

/** What is left after revoking someone, and whether the desk key must now be rotated. */
export interface Revocation {
  grants: DeskKeyGrant[]
  revoked: DeskKeyGrant[]
  /** The revoked person may have kept a copy of the current key: new reports need a new one. */
  rotationDue: boolean
}

/** Removes every grant of `holderId`; refuses to revoke the recovery key or the last person holding the desk. */
export function revokeHolder(grants: readonly DeskKeyGrant[], holderId: string): DeskResult<Revocation> {
  if (holderId === RECOVERY_HOLDER_ID) return deskErrors.recoveryHolderNotRevocable()
  const revoked = grants.filter((grant) => grant.holderId === holderId)
  const remaining = grants.filter((grant) => grant.holderId !== holderId)
  if (revoked.length > 0 && !remaining.some((grant) => grant.holderId !== RECOVERY_HOLDER_ID)) return deskErrors.lastHolder()
  return ok({ grants: remaining, revoked, rotationDue: revoked.length > 0 })
}
