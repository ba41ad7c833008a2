import type { WorkshopPresenterView } from '@common/workshop/api'
import type { DeskKeyPair } from '@/safety/reportEncryption'

const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const

/**
 * The workshop's demo desk key pair, ready to open demo reports; null where the browser has no
 * WebCrypto (a page opened over plain http from another machine).
 */
export async function importDemoDesk(demoDesk: WorkshopPresenterView['demoDesk'], crypto: Crypto | undefined = globalThis.crypto): Promise<DeskKeyPair | null> {
  if (!crypto?.subtle) return null
  const { kty, crv, x, y, d } = demoDesk.privateKeyJwk
  const privateKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, ECDH_P256, false, ['deriveBits'])
  return { privateKey, publicKeyJwk: { kty, crv, x, y } }
}
