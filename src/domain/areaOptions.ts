import type { District, Place } from '@common/place'

/** One choice in a district or community <select>: what it stands for and how it reads. */
export interface AreaOption<Value> {
  value: Value
  label: string
}

/** The districts of one province, in Thai alphabetical order. */
export interface ProvinceOptions {
  province: District['province']
  districts: AreaOption<number>[]
}

/** The pilot communities and the districts of every province, ready for a <select>. */
export interface AreaOptions {
  communities: AreaOption<string>[]
  provinces: ProvinceOptions[]
}

const PROVINCE_ORDER: readonly District['province'][] = ['bangkok', 'samut_prakan']
const thai = new Intl.Collator('th')
const byThaiName = (a: { name: { th: string } }, b: { name: { th: string } }) => thai.compare(a.name.th, b.name.th)

/** "Thai · English", or the Thai name alone when there is no English one. */
export function areaLabel(name: { th: string; en?: string }): string {
  return name.en ? `${name.th} · ${name.en}` : name.th
}

/**
 * The pilot communities (the places of kind "community") and the districts grouped by province
 * (Bangkok first, every province even when it has none), each in Thai alphabetical order.
 */
export function areaOptions(districts: readonly District[], places: readonly Place[]): AreaOptions {
  return {
    communities: places
      .filter((place) => place.kind === 'community')
      .sort(byThaiName)
      .map((place) => ({ value: place.id, label: areaLabel(place.name) })),
    provinces: PROVINCE_ORDER.map((province) => ({
      province,
      districts: districts
        .filter((district) => district.province === province)
        .sort(byThaiName)
        .map((district) => ({ value: district.code, label: areaLabel(district.name) })),
    })),
  }
}
