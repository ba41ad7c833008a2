import { districtCentresFromBasemap, type DistrictCentres } from '@/domain/origin'
import type { Fetch } from './datasetSource'

/**
 * Loads the district centres from the offline basemap (precached by the service worker, so this
 * works offline once the app has been opened). Returns null when the file cannot be read.
 */
export async function fetchDistrictCentres(fetchFn: Fetch, baseUrl: string): Promise<DistrictCentres | null> {
  try {
    const response = await fetchFn(`${baseUrl}data/basemap.json`)
    if (!response.ok) return null
    const centres = districtCentresFromBasemap(await response.json())
    return Object.keys(centres).length > 0 ? centres : null
  } catch {
    return null
  }
}
