import { canonicalJson } from '@common/canonicalJson'
import { datasetContent, publishDataset } from '@common/dataset'
import type { Dataset, DatasetManifest, Place } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import { sha256Hex } from '../../../geo/build/hash'
import { seeded } from '../seeded'

/** How far (degrees, ≈ 2.5 km) a synthetic place lies from the real place it copies. */
const SPREAD_DEG = 0.025

/**
 * Where synthetic places go, one slot each at random: the real place's own district (Bangkok and
 * Samut Prakan), or a copy moved into one of eleven other province codes (real codes, positions
 * moved a fixed offset away from Bangkok: a stand-in for a national dataset, not those provinces'
 * real places), so the dataset splits into twelve parts as a national one would into 77.
 */
const PROVINCE_SLOTS: ReadonlyArray<{ province: number; lat: number; lng: number } | null> = [
  null,
  { province: 12, lat: 0.35, lng: -0.1 },
  { province: 13, lat: 0.4, lng: 0.2 },
  { province: 14, lat: 0.8, lng: 0 },
  { province: 15, lat: 1.1, lng: -0.2 },
  { province: 16, lat: 1.3, lng: 0.3 },
  { province: 17, lat: 1.2, lng: -0.3 },
  { province: 18, lat: 1.6, lng: -0.4 },
  { province: 19, lat: 0.9, lng: 0.5 },
  { province: 20, lat: -0.4, lng: 0.6 },
  { province: 21, lat: -1.0, lng: 0.8 },
  { province: 73, lat: 0.1, lng: -0.6 },
]

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
 * the real proportions), each either moved up to ~2.5 km from its original (in the original's
 * district) or into one of eleven other provinces (PROVINCE_SLOTS), published and hashed as
 * `npm run geo:build` does.
 */
export function syntheticDataset(real: Dataset, count: number, seed = 14): { dataset: Dataset; manifest: DatasetManifest } {
  const random = seeded(seed)
  const sources = Array.from({ length: count }, (_, i) => {
    const template = real.places[Math.floor(random() * real.places.length)]!
    const slot = PROVINCE_SLOTS[Math.floor(random() * PROVINCE_SLOTS.length)]!
    const jitter = () => (random() * 2 - 1) * SPREAD_DEG
    const point = template.location && { lat: template.location.lat + (slot?.lat ?? 0) + jitter(), lng: template.location.lng + (slot?.lng ?? 0) + jitter() }
    const districtCode = slot ? slot.province * 100 + (template.districtCode % 100) : template.districtCode
    return asSource({ ...template, districtCode }, `bench-${String(i).padStart(6, '0')}`, `#${i}`, point)
  })
  const content = datasetContent(sources, real.districts, real.hotlines, real.attribution)
  return publishDataset(content, sha256Hex(canonicalJson(content)))
}
