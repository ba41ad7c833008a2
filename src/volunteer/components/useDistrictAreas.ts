import { shallowRef, type ShallowRef } from 'vue'
import type { DistrictArea } from '@common/validation'
import { fetchBasemap } from '@/map/basemapSource'

/** The districts' outlines for the place rules, or 'unavailable' when the basemap could not be read. */
export type DistrictAreas = readonly DistrictArea[] | 'unavailable'

let loading: Promise<DistrictAreas> | undefined

/** The district outlines from the offline basemap (precached), loaded once; null until they arrive. */
export function useDistrictAreas(): ShallowRef<DistrictAreas | null> {
  const areas = shallowRef<DistrictAreas | null>(null)
  loading ??= fetchBasemap(import.meta.env.BASE_URL).then((basemap) =>
    basemap
      ? basemap.features.map((feature) => ({ code: feature.properties.code, name: { th: feature.properties.name_th, en: feature.properties.name_en }, geometry: feature.geometry }))
      : 'unavailable',
  )
  void loading.then((loaded) => {
    areas.value = loaded
    // Try again next time (the basemap may be unreadable only while offline before it was cached).
    if (loaded === 'unavailable') loading = undefined
  })
  return areas
}

/** Forgets the loaded outlines (tests). */
export function forgetDistrictAreas(): void {
  loading = undefined
}
