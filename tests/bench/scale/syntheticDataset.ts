import { canonicalJson } from '@common/canonicalJson'
import { datasetContent, publishDataset } from '@common/dataset'
import type { Dataset, DatasetManifest, Place } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import { sha256Hex } from '../../../geo/build/hash'
import { seeded } from '../seeded'

/** How far (degrees, ≈ 2.5 km) a synthetic place lies from the real place it copies. */
const SPREAD_DEG = 0.025

/** Back from a published place to the source form `datasetContent` publishes (privacy rules re-applied). */
function asSource(template: Place, id: string, nameSuffix: string, point: SourcePlace['point']): SourcePlace {
  const { hours, location, name } = template
  return {
    point,
    properties: {
      id,
      kind: template.kind,
      name: { th: `${name.th} ${nameSuffix}`, ...(name.en ? { en: `${name.en} ${nameSuffix}` } : {}) },
      ...(template.address ? { address: template.address } : {}),
      districtCode: template.districtCode,
      phones: template.phones,
      ...(hours ? { hours: hours.kind === '24h' ? ('24h' as const) : hours.text } : {}),
      services: template.services,
      visibility: template.visibility,
      ...(location?.uncertaintyM ? { uncertaintyM: location.uncertaintyM } : {}),
      verification: template.verification,
      origin: template.origin,
      source: 'bench: synthetic copy',
      updatedAt: template.updatedAt,
    },
  }
}

/**
 * `count` places copied from the real dataset's places, picked at random (so kinds and visibility keep
 * the real proportions) and moved up to ~2.5 km from their original (so they stay in Bangkok and
 * Samut Prakan, in the original's district), published and hashed as `npm run geo:build` does.
 */
export function syntheticDataset(real: Dataset, count: number, seed = 14): { dataset: Dataset; manifest: DatasetManifest } {
  const random = seeded(seed)
  const sources = Array.from({ length: count }, (_, i) => {
    const template = real.places[Math.floor(random() * real.places.length)]!
    const jitter = () => (random() * 2 - 1) * SPREAD_DEG
    const point = template.location && { lat: template.location.lat + jitter(), lng: template.location.lng + jitter() }
    return asSource(template, `bench-${String(i).padStart(6, '0')}`, `#${i}`, point)
  })
  const content = datasetContent(sources, real.districts, real.hotlines, real.attribution)
  return publishDataset(content, sha256Hex(canonicalJson(content)))
}
