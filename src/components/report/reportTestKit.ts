// Test helpers for the private help form: a case desk key pair made for the test, and a scan of
// every place the browser could keep text (all IndexedDB tables, local and session storage).
import type { SafeSpaceDb } from '@/data/database'
import type { CaseDeskKey } from '@/domain/report/runtimeConfig'

/** A case desk key pair generated for one test; the private key never leaves the test. */
export async function testDeskKey(id = 'desk-test'): Promise<{ key: CaseDeskKey; privateKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey)
  return { key: { id, publicKeyJwk: { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' } }, privateKey: pair.privateKey }
}

/** Everything stored on the device as one string: every table of the app database plus web storage. */
export async function everythingStored(db: SafeSpaceDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => `${table.name}:${JSON.stringify(await table.toArray())}`))
  return [...tables, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join('\n')
}
