import { PLAINTEXT_BUCKETS } from './wire'

// A v2 plaintext is a 4-byte big-endian length, the UTF-8 JSON, then zeros up to the smallest
// bucket that holds it: on the wire, a report's size says only which bucket it fell in.

const LENGTH_BYTES = 4

/** The padded size for `contentBytes` bytes of content, or null when it fits no bucket. */
export function bucketFor(contentBytes: number): number | null {
  return PLAINTEXT_BUCKETS.find((bucket) => bucket >= contentBytes + LENGTH_BYTES) ?? null
}

/** Pads content to its bucket; throws a RangeError when it is larger than the largest bucket. */
export function padToBucket(content: Uint8Array): Uint8Array<ArrayBuffer> {
  const size = bucketFor(content.length)
  if (size === null) throw new RangeError(`A report of ${content.length} bytes is larger than the largest bucket`)
  const padded = new Uint8Array(size)
  new DataView(padded.buffer).setUint32(0, content.length)
  padded.set(content, LENGTH_BYTES)
  return padded
}

/** The content of a padded plaintext; throws when the size is not a bucket or the length does not fit. */
export function unpad(padded: Uint8Array): Uint8Array {
  if (!(PLAINTEXT_BUCKETS as readonly number[]).includes(padded.length)) throw new RangeError('Not a padded report')
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0)
  if (length > padded.length - LENGTH_BYTES) throw new RangeError('Padded report length out of range')
  return padded.subarray(LENGTH_BYTES, LENGTH_BYTES + length)
}
