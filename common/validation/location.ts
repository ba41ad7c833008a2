import { distanceToBoundaryM, isInThailand, pointInPolygon, type AreaGeometry } from '../geo'
import type { LatLng, LocalizedText } from '../place'
import { itemIssue, type ValidationIssue } from './issue'
import type { FeatureRecord } from './structure'

/**
 * How far outside its district's outline a point may be before it is rejected. The outlines are
 * simplified (Bangkok: mapshaper 10 %; Samut Prakan: coarse OCHA polygons), so a place on a district
 * border can fall a little outside; 150 m covers that without letting a wrong district through.
 */
export const DISTRICT_TOLERANCE_M = 150

/** A district's code, name and outline (from geo/boundaries). */
export interface DistrictArea {
  code: number
  name: LocalizedText
  geometry: AreaGeometry
}

const describe = (p: LatLng) => `[${p.lng}, ${p.lat}]`

/** Checks a positioned feature: inside Thailand, not lat/lng swapped, inside the district it claims. */
export function checkLocation(record: FeatureRecord, districts: readonly DistrictArea[]): ValidationIssue[] {
  const point = record.point
  if (!point) return []
  const swapped = { lat: point.lng, lng: point.lat }
  if (!isInThailand(point)) {
    return [isInThailand(swapped) ? swappedIssue(record, point) : outsideThailandIssue(record, point)]
  }
  const claimed = districts.find((d) => d.code === record.properties.districtCode)
  if (!claimed || isWithinDistrict(point, claimed)) return []
  if (isWithinDistrict(swapped, claimed)) return [swappedIssue(record, point)]
  const actual = districts.find((d) => pointInPolygon(point, d.geometry))
  const distance = Math.round(distanceToBoundaryM(point, claimed.geometry))
  const whereTh = actual ? `อยู่ในเขต/อำเภอ${actual.name.th} (${actual.code})` : 'ไม่อยู่ในเขตใดของกรุงเทพฯ หรือสมุทรปราการ'
  const whereEn = actual ? `falls in ${actual.name.en ?? actual.name.th} (${actual.code})` : 'falls in no Bangkok or Samut Prakan district'
  return [
    itemIssue(
      record,
      'location.outside-district',
      `จุด ${describe(point)} อยู่นอกเขต/อำเภอ${claimed.name.th} (${claimed.code}) ที่ระบุ ${distance} ม. (ยอมให้ ${DISTRICT_TOLERANCE_M} ม.) และ${whereTh}: ตรวจพิกัดหรือ districtCode`,
      `Point ${describe(point)} is ${distance} m outside ${claimed.name.en ?? claimed.name.th} (${claimed.code}), the district it claims (tolerance ${DISTRICT_TOLERANCE_M} m), and ${whereEn}: check the coordinates or districtCode`,
    ),
  ]
}

function isWithinDistrict(p: LatLng, district: DistrictArea): boolean {
  return pointInPolygon(p, district.geometry) || distanceToBoundaryM(p, district.geometry) <= DISTRICT_TOLERANCE_M
}

function swappedIssue(record: FeatureRecord, p: LatLng): ValidationIssue {
  return itemIssue(
    record,
    'location.swapped',
    `พิกัด ${describe(p)} น่าจะสลับละติจูด/ลองจิจูด: GeoJSON เขียน [ลองจิจูด, ละติจูด] ลองเป็น [${p.lat}, ${p.lng}]`,
    `Coordinates ${describe(p)} look like latitude/longitude swapped: GeoJSON order is [longitude, latitude]; try [${p.lat}, ${p.lng}]`,
  )
}

function outsideThailandIssue(record: FeatureRecord, p: LatLng): ValidationIssue {
  return itemIssue(
    record,
    'location.outside-thailand',
    `พิกัด ${describe(p)} อยู่นอกประเทศไทย (ละติจูด 5.5–20.5, ลองจิจูด 97.3–105.7): ตรวจพิกัดอีกครั้ง`,
    `Coordinates ${describe(p)} are outside Thailand (latitude 5.5–20.5, longitude 97.3–105.7): check them again`,
  )
}
