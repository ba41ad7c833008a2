import { hash, verify, type Options } from '@node-rs/argon2'

/**
 * Argon2id with OWASP's minimum: 19 MiB, 2 passes, 1 lane (about 80 ms to hash here, off the
 * event loop). `algorithm: 2` is Argon2id: the package's enum is a `const enum`, which isolated
 * modules cannot import.
 */
export const PASSWORD_HASH_OPTIONS: Options = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 }

/** The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) to store for `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS)
}

/** True when `password` matches `stored`; argon2 compares in constant time. A malformed hash is false. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

let nobodysHash: Promise<string> | undefined

/**
 * Spends the time a real check takes, and answers false: used when no account has the name
 * typed, so an unknown name and a wrong password take about as long.
 */
export async function verifyPasswordOfNobody(password: string): Promise<false> {
  nobodysHash ??= hashPassword('no account has this password, it is only hashed to spend time')
  await verifyPassword(await nobodysHash, password)
  return false
}
