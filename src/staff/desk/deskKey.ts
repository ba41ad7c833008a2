import { exportPrivatePkcs8, exportPublicJwk, generateEcdhKeyPair } from './ecKeys'
import { deskErrors, ok, type DeskResult } from './errors'
import { sealGrants } from './grantWrapping'
import type { DeskKeyring } from './keyring'
import { createRecoveryKey } from './personalKey'
import { generateRecoveryCode, recoverySecret, type RecoveryCode } from './recoveryCode'
import type { DeskKeyGrant, DeskKeyRecord, PersonalKeyRecord, PersonalPublicKey } from './records'

// Creating the desk and rotating its key. A desk key's private half is exported once, wrapped to
// each holder (always including the recovery key) and zeroed; it never leaves the browser otherwise.

/** The holder id of the desk's recovery key: a "holder" whose key opens with the printed recovery code. */
export const RECOVERY_HOLDER_ID = 'desk-recovery'

/** A new desk key and its grants, to store together. */
export interface NewDeskKey {
  deskKey: DeskKeyRecord
  grants: DeskKeyGrant[]
}

/** Everything a new desk is made of. `recoveryCode` is shown once and never stored or sent. */
export interface NewDesk extends NewDeskKey {
  recoveryKey: PersonalKeyRecord
  recoveryCode: RecoveryCode
}

function newDeskKeyId(now: Date): string {
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `desk-${now.toISOString().slice(0, 10)}-${suffix}`
}

async function newDeskKey(holders: readonly PersonalPublicKey[], now: Date): Promise<DeskResult<NewDeskKey>> {
  const keyPair = await generateEcdhKeyPair()
  const deskKey: DeskKeyRecord = { v: 1, id: newDeskKeyId(now), publicKeyJwk: await exportPublicJwk(keyPair.publicKey), createdAt: now.toISOString() }
  const pkcs8 = await exportPrivatePkcs8(keyPair.privateKey)
  try {
    const grants = await sealGrants(deskKey, pkcs8, holders)
    return grants.ok ? ok({ deskKey, grants: grants.value }) : grants
  } finally {
    pkcs8.fill(0)
  }
}

/** A new desk: its first key pair, granted to the creator and to a new recovery key whose code is returned to show once. */
export async function createDesk(creator: PersonalPublicKey, now: Date = new Date()): Promise<DeskResult<NewDesk>> {
  const recoveryCode = generateRecoveryCode()
  const recoveryKey = await createRecoveryKey(RECOVERY_HOLDER_ID, recoverySecret(recoveryCode), now)
  const first = await newDeskKey([creator, recoveryKey], now)
  return first.ok ? ok({ ...first.value, recoveryKey, recoveryCode }) : first
}

/**
 * A new desk key pair for new reports, granted to `holders` (who must include the recovery key).
 * Old keys stay in the keyring and on the server for old reports; the new key joins the keyring
 * when its holder is among `holders`.
 */
export async function rotateDeskKey(keyring: DeskKeyring, holders: readonly PersonalPublicKey[], now: Date = new Date()): Promise<DeskResult<NewDeskKey>> {
  if (keyring.isWiped) return deskErrors.keyringWiped()
  if (!holders.some((holder) => holder.holderId === RECOVERY_HOLDER_ID)) return deskErrors.recoveryHolderMissing()
  const rotated = await newDeskKey(holders, now)
  if (!rotated.ok) return rotated
  const own = rotated.value.grants.find((grant) => grant.holderId === keyring.holderId)
  if (own) {
    const added = await keyring.addGrant(rotated.value.deskKey, own)
    if (!added.ok) return added
  }
  return rotated
}

/** The key new reports are encrypted to: the newest desk key. */
export function currentDeskKey(deskKeys: readonly DeskKeyRecord[]): DeskKeyRecord | undefined {
  return [...deskKeys].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0]
}
