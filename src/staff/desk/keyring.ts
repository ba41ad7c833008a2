import type { EcPublicJwk } from '@common/report/wire'
import { importPrivateMatching } from './ecKeys'
import { deskErrors, ok, type DeskResult } from './errors'
import { openGrant } from './grantWrapping'
import { unlockPersonalKey, unlockRecoveryKey } from './personalKey'
import { parseRecoveryCode, recoverySecret } from './recoveryCode'
import { parseDeskKeyGrant, parseDeskKeyRecord, parsePersonalKeyRecord, type DeskKeyGrant, type DeskKeyRecord, type PersonalKeyRecord } from './records'

// The unlocked desk, in memory only: desk key id → non-extractable private key. wipe() drops every
// key reference (JavaScript cannot zero a CryptoKey; once unreferenced it is gone from the page).

interface HeldDeskKey {
  record: DeskKeyRecord
  privateKey: CryptoKey
  grant: DeskKeyGrant
}

interface PersonalKey {
  privateKey: CryptoKey
  publicKeyJwk: EcPublicJwk
}

/** The holder's unlocked desk keys. Create it with unlockDesk or unlockDeskWithRecoveryCode. */
export class DeskKeyring {
  readonly holderId: string
  #personal: PersonalKey | undefined
  #keys = new Map<string, HeldDeskKey>()

  constructor(holderId: string, personal: PersonalKey) {
    this.holderId = holderId
    this.#personal = personal
  }

  /** True after wipe(): nothing can be decrypted or granted any more. */
  get isWiped(): boolean {
    return this.#personal === undefined
  }

  /** The desk key records held, newest first (the first is the one reports are sent to). */
  deskKeys(): DeskKeyRecord[] {
    return [...this.#keys.values()].map((held) => held.record).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
  }

  /** The private key for envelopes with this key id. */
  privateKeyFor(deskKeyId: string): DeskResult<{ privateKey: CryptoKey; record: DeskKeyRecord }> {
    if (this.isWiped) return deskErrors.keyringWiped()
    const held = this.#keys.get(deskKeyId)
    return held ? ok({ privateKey: held.privateKey, record: held.record }) : deskErrors.unknownDeskKey(deskKeyId)
  }

  /** Opens a grant made to this holder and keeps its desk key; a grant that does not open is refused. */
  async addGrant(deskKey: DeskKeyRecord, grant: DeskKeyGrant): Promise<DeskResult<DeskKeyRecord>> {
    const pkcs8 = await this.#openOwnGrant(deskKey, grant)
    if (!pkcs8.ok) return pkcs8
    const privateKey = await importPrivateMatching(pkcs8.value, deskKey.publicKeyJwk)
    if (!privateKey) return deskErrors.recordTampered(deskKey.id)
    this.#keys.set(deskKey.id, { record: deskKey, privateKey, grant })
    return ok(deskKey)
  }

  /** The desk private key's PKCS#8 bytes, opened again from this holder's own grant, only to wrap them for someone else. */
  async exportForGrant(deskKeyId: string): Promise<DeskResult<Uint8Array<ArrayBuffer>>> {
    if (this.isWiped) return deskErrors.keyringWiped()
    const held = this.#keys.get(deskKeyId)
    if (!held) return deskErrors.unknownDeskKey(deskKeyId)
    return this.#openOwnGrant(held.record, held.grant)
  }

  /** Forgets every key: the personal private key and all desk private keys. */
  wipe(): void {
    this.#personal = undefined
    this.#keys.clear()
  }

  async #openOwnGrant(deskKey: DeskKeyRecord, grant: DeskKeyGrant): Promise<DeskResult<Uint8Array<ArrayBuffer>>> {
    const personal = this.#personal
    if (!personal) return deskErrors.keyringWiped()
    if (grant.holderId !== this.holderId) return deskErrors.recordTampered(deskKey.id)
    const pkcs8 = await openGrant(grant, deskKey, personal.privateKey, personal.publicKeyJwk)
    return pkcs8 ? ok(pkcs8) : deskErrors.recordTampered(deskKey.id)
  }
}

/** What the server hands the browser for unlocking: the person's key, every desk key, the grants. */
export interface DeskRecords {
  deskKeys: readonly DeskKeyRecord[]
  grants: readonly DeskKeyGrant[]
}

/** Shape-checks everything unlocking reads, so a damaged record is named instead of failing obscurely. */
function parseUnlockInputs(personalKey: unknown, records: DeskRecords): DeskResult<{ personalKey: PersonalKeyRecord; records: DeskRecords }> {
  const personal = parsePersonalKeyRecord(personalKey)
  if (!personal.ok) return personal
  const deskKeys: DeskKeyRecord[] = []
  for (const record of records.deskKeys) {
    const parsed = parseDeskKeyRecord(record)
    if (!parsed.ok) return parsed
    deskKeys.push(parsed.value)
  }
  const grants: DeskKeyGrant[] = []
  for (const record of records.grants.filter((grant) => grant.holderId === personal.value.holderId)) {
    const parsed = parseDeskKeyGrant(record)
    if (!parsed.ok) return parsed
    grants.push(parsed.value)
  }
  return ok({ personalKey: personal.value, records: { deskKeys, grants } })
}

async function fillKeyring(keyring: DeskKeyring, records: DeskRecords): Promise<DeskResult<DeskKeyring>> {
  const own = records.grants.filter((grant) => grant.holderId === keyring.holderId)
  if (own.length === 0) return deskErrors.noGrant()
  for (const grant of own) {
    const deskKey = records.deskKeys.find((record) => record.id === grant.deskKeyId)
    const added = deskKey ? await keyring.addGrant(deskKey, grant) : deskErrors.recordTampered(grant.deskKeyId)
    if (!added.ok) {
      keyring.wipe()
      return added
    }
  }
  return ok(keyring)
}

/** Passphrase → personal private key → every desk key granted to this person, as a keyring in memory. */
export async function unlockDesk(personalKey: PersonalKeyRecord, passphrase: string, records: DeskRecords): Promise<DeskResult<DeskKeyring>> {
  const inputs = parseUnlockInputs(personalKey, records)
  if (!inputs.ok) return inputs
  const { personalKey: own, records: checked } = inputs.value
  const personal = await unlockPersonalKey(own, passphrase)
  if (!personal.ok) return personal
  return fillKeyring(new DeskKeyring(own.holderId, { privateKey: personal.value, publicKeyJwk: own.publicKeyJwk }), checked)
}

/** The recovery code (as typed) → recovery private key → every desk key, for when every holder has forgotten their passphrase. */
export async function unlockDeskWithRecoveryCode(recoveryKey: PersonalKeyRecord, typedCode: string, records: DeskRecords): Promise<DeskResult<DeskKeyring>> {
  const code = parseRecoveryCode(typedCode)
  if (!code.ok) return code
  const inputs = parseUnlockInputs(recoveryKey, records)
  if (!inputs.ok) return inputs
  const { personalKey: recovery, records: checked } = inputs.value
  const privateKey = await unlockRecoveryKey(recovery, recoverySecret(code.value))
  if (!privateKey) return deskErrors.recoveryCodeWrong()
  return fillKeyring(new DeskKeyring(recovery.holderId, { privateKey, publicKeyJwk: recovery.publicKeyJwk }), checked)
}
