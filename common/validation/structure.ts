import type { LatLng } from '../place'
import { isFiniteNumber, isRecord } from './guards'
import { fileIssue, itemIssue, type ItemRef, type ValidationIssue } from './issue'

/** A geo/places/<kind>.geojson file as read from disk (content is the parsed JSON, not yet trusted). */
export interface PlaceSourceFile {
  file: string
  /** The kind the file name promises (`police_station` for police_station.geojson). */
  kind: string
  content: unknown
}

/** A feature whose GeoJSON shape is sound enough for its properties to be checked. */
export interface FeatureRecord extends ItemRef {
  fileKind: string
  properties: Record<string, unknown>
  /** The raw `geometry` member (null, a Point, or something wrong). */
  geometry: unknown
  /** The position, when geometry is a well-formed Point. */
  point?: LatLng
}

/** Checks the GeoJSON shape of a places file and returns its features for the other rules. */
export function inspectPlaceFile(source: PlaceSourceFile): { records: FeatureRecord[]; issues: ValidationIssue[] } {
  const { file, content } = source
  if (!isRecord(content) || content.type !== 'FeatureCollection' || !Array.isArray(content.features)) {
    return {
      records: [],
      issues: [
        fileIssue(
          file,
          'geojson.not-feature-collection',
          'ไฟล์นี้ไม่ใช่ GeoJSON FeatureCollection: ต้องเป็น {"type":"FeatureCollection","features":[...]}',
          'This file is not a GeoJSON FeatureCollection: it must be {"type":"FeatureCollection","features":[...]}',
        ),
      ],
    }
  }
  const records: FeatureRecord[] = []
  const issues: ValidationIssue[] = []
  content.features.forEach((feature: unknown, index) => {
    const found = inspectFeature(source, feature, index)
    issues.push(...found.issues)
    if (found.record) records.push(found.record)
  })
  return { records, issues }
}

function inspectFeature(
  source: PlaceSourceFile,
  feature: unknown,
  index: number,
): { record?: FeatureRecord; issues: ValidationIssue[] } {
  const ref: ItemRef = { file: source.file, index }
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return {
      issues: [itemIssue(ref, 'geojson.not-feature', 'รายการนี้ไม่ใช่ GeoJSON Feature: ต้องมี "type":"Feature"', 'This item is not a GeoJSON Feature: it needs "type":"Feature"')],
    }
  }
  if (!isRecord(feature.properties)) {
    return {
      issues: [
        itemIssue(ref, 'geojson.properties-missing', 'Feature นี้ไม่มี properties: ใส่ข้อมูลสถานที่ใน "properties"', 'This feature has no properties: put the place data in "properties"'),
      ],
    }
  }
  const properties = feature.properties
  if (typeof properties.id === 'string' && properties.id !== '') ref.id = properties.id
  const record: FeatureRecord = { ...ref, fileKind: source.kind, properties, geometry: feature.geometry }
  const position = readPoint(ref, feature.geometry, properties.visibility === 'hidden')
  if (position.point) record.point = position.point
  return { record, issues: position.issues }
}

function readPoint(ref: ItemRef, geometry: unknown, hidden: boolean): { point?: LatLng; issues: ValidationIssue[] } {
  if (geometry === null || geometry === undefined) {
    return hidden
      ? { issues: [] }
      : {
          issues: [
            itemIssue(ref, 'geojson.geometry-missing', 'ไม่มีพิกัด: สถานที่ที่ไม่ซ่อน (exact/approximate) ต้องมี geometry แบบ Point', 'No coordinates: a place that is not hidden (exact/approximate) needs a Point geometry'),
          ],
        }
  }
  if (!isRecord(geometry) || geometry.type !== 'Point') {
    return {
      issues: [itemIssue(ref, 'geojson.geometry-not-point', 'geometry ต้องเป็น Point {"type":"Point","coordinates":[lng, lat]}', 'geometry must be a Point {"type":"Point","coordinates":[lng, lat]}')],
    }
  }
  const coordinates = geometry.coordinates
  if (!Array.isArray(coordinates) || coordinates.length !== 2) {
    return {
      issues: [
        itemIssue(ref, 'geojson.coordinates-arity', 'coordinates ต้องมีตัวเลขสองตัวพอดี: [ลองจิจูด, ละติจูด]', 'coordinates must hold exactly two numbers: [longitude, latitude]'),
      ],
    }
  }
  const [lng, lat] = coordinates as unknown[]
  if (!isFiniteNumber(lng) || !isFiniteNumber(lat)) {
    return {
      issues: [
        itemIssue(ref, 'geojson.coordinates-not-numeric', 'coordinates ต้องเป็นตัวเลข (ไม่ใช่ข้อความหรือ NaN): [ลองจิจูด, ละติจูด]', 'coordinates must be numbers (not text or NaN): [longitude, latitude]'),
      ],
    }
  }
  return { point: { lat, lng }, issues: [] }
}
