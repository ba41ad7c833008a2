import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson'
import { roundTo, simplifyLine } from './geo'
import type { SourceJson } from './validation/boundaries'
import { isRecord } from './validation/guards'
import { fileIssue, itemIssue, type ValidationIssue } from './validation/issue'

/** What a context line is: drawn differently, river widest. */
export const CONTEXT_KINDS = ['river', 'canal', 'rail'] as const
export type ContextKind = (typeof CONTEXT_KINDS)[number]

/** Rivers, khlongs and railways under the markers: one MultiLineString per kind. */
export type ContextLines = FeatureCollection<MultiLineString, { kind: ContextKind }>

/** Vertices closer than this to the simplified line are dropped: about 2 px at zoom 15 in Bangkok. */
export const CONTEXT_TOLERANCE_M = 10

/** Decimal places kept (4 ≈ 11 m): no finer than the simplification. */
export const CONTEXT_DECIMALS = 4

/** One source line with its kind, as read from geo/basemap-osm (OSM `waterway` / `railway` tags). */
export interface ContextLineSource {
  kind: ContextKind
  lines: Position[][]
}

/** Reads the OSM extracts: every feature a LineString or MultiLineString tagged waterway=river|canal or railway=rail. */
export function readContextLines(files: readonly SourceJson[]): { lines: ContextLineSource[]; issues: ValidationIssue[] } {
  const lines: ContextLineSource[] = []
  const issues: ValidationIssue[] = []
  for (const { file, content } of files) {
    if (!isRecord(content) || content.type !== 'FeatureCollection' || !Array.isArray(content.features)) {
      issues.push(fileIssue(file, 'basemap.invalid', 'ไฟล์นี้ต้องเป็น GeoJSON FeatureCollection', 'This file must be a GeoJSON FeatureCollection'))
      continue
    }
    content.features.forEach((feature: unknown, index) => {
      const kind = kindOf(feature)
      const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : undefined
      const coordinates = geometry?.type === 'LineString' ? [geometry.coordinates] : geometry?.type === 'MultiLineString' ? geometry.coordinates : undefined
      if (!kind || !Array.isArray(coordinates) || !coordinates.every(isLine)) {
        issues.push(itemIssue({ file, index }, 'basemap.invalid', 'ต้องเป็นเส้น (LineString/MultiLineString) ที่มี waterway=river|canal หรือ railway=rail', 'Must be a LineString/MultiLineString tagged waterway=river|canal or railway=rail'))
        return
      }
      lines.push({ kind, lines: coordinates })
    })
  }
  return { lines, issues }
}

/** Simplifies, rounds and groups the source lines into one feature per kind, in CONTEXT_KINDS order. */
export function buildContextLines(sources: readonly ContextLineSource[]): ContextLines {
  const features: Array<Feature<MultiLineString, { kind: ContextKind }>> = CONTEXT_KINDS.flatMap((kind) => {
    const lines = sources
      .filter((source) => source.kind === kind)
      .flatMap((source) => source.lines)
      .map((line) => roundLine(simplifyLine(line, CONTEXT_TOLERANCE_M)))
      .filter((line) => line.length >= 2)
    return lines.length === 0 ? [] : [{ type: 'Feature' as const, properties: { kind }, geometry: { type: 'MultiLineString' as const, coordinates: lines } }]
  })
  return { type: 'FeatureCollection', features }
}

function kindOf(feature: unknown): ContextKind | undefined {
  const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {}
  if (properties.waterway === 'river' || properties.waterway === 'canal') return properties.waterway
  return properties.railway === 'rail' ? 'rail' : undefined
}

function isLine(value: unknown): value is Position[] {
  return Array.isArray(value) && value.length >= 2 && value.every((p) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number')
}

function roundLine(line: Position[]): Position[] {
  const rounded: Position[] = []
  for (const [lng = 0, lat = 0] of line) {
    const point = [roundTo(lng, CONTEXT_DECIMALS), roundTo(lat, CONTEXT_DECIMALS)]
    const previous = rounded[rounded.length - 1]
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point)
  }
  return rounded
}

/** Whether a value has the shape buildContextLines gives (checked again when the app loads it). */
export function isContextLines(value: unknown): value is ContextLines {
  return (
    isRecord(value) &&
    value.type === 'FeatureCollection' &&
    Array.isArray(value.features) &&
    value.features.every(
      (f: unknown) =>
        isRecord(f) &&
        isRecord(f.properties) &&
        (CONTEXT_KINDS as readonly unknown[]).includes(f.properties.kind) &&
        isRecord(f.geometry) &&
        f.geometry.type === 'MultiLineString' &&
        Array.isArray(f.geometry.coordinates),
    )
  )
}
