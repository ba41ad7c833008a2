// Fixed-size buckets so the ciphertext length does not tell how much was written:
// [4-byte big-endian length][bytes][zeros up to the bucket].

const LENGTH_BYTES = 4

/** Pads `bytes` to the smallest bucket that fits them with their length; past the last bucket, to a multiple of it. */
export function padToBucket(bytes: Uint8Array, buckets: readonly number[]): Uint8Array<ArrayBuffer> {
  const needed = bytes.length + LENGTH_BYTES
  const largest = buckets[buckets.length - 1] ?? needed
  const size = buckets.find((bucket) => bucket >= needed) ?? Math.ceil(needed / largest) * largest
  const padded = new Uint8Array(size)
  new DataView(padded.buffer).setUint32(0, bytes.length)
  padded.set(bytes, LENGTH_BYTES)
  return padded
}

/** The bytes inside a padded block; undefined if the stated length does not fit. */
export function unpad(padded: Uint8Array): Uint8Array | undefined {
  if (padded.length < LENGTH_BYTES) return undefined
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0)
  if (length > padded.length - LENGTH_BYTES) return undefined
  return padded.subarray(LENGTH_BYTES, LENGTH_BYTES + length)
}
