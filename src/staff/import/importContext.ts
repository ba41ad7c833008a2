import type { Basemap } from '@common/basemap'
import { bangkokDay } from '@common/day'
import type { ImportContext } from '@common/placesImport'
import type { DistrictArea } from '@common/validation'
import type { WorkingSetView } from '@common/volunteer/api'
import type { ApiResult, StaffApi } from '../api/staffApi'

/** The district outlines of the offline basemap, as the location rule takes them. */
export function districtAreas(basemap: Basemap): DistrictArea[] {
  return basemap.features.map((feature) => ({ code: feature.properties.code, name: { th: feature.properties.name_th, en: feature.properties.name_en }, geometry: feature.geometry }))
}

/** What a file is checked against: the working set (the published places' source) and the district outlines. */
export async function loadImportContext(api: StaffApi, basemap: Basemap, now: Date): Promise<ApiResult<ImportContext>> {
  const answer = await api.get<WorkingSetView>('/api/staff/places')
  if (!answer.ok) return answer
  return { ok: true, data: { districts: districtAreas(basemap), published: answer.data.places.map((working) => working.place), today: bangkokDay(now) } }
}
