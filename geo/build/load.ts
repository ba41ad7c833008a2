import { access, readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { DistrictOutline } from '@common/basemap'
import { readContextLines, type ContextLineSource } from '@common/basemapLines'
import { readDistrictOutlines, type SourceJson } from '@common/validation/boundaries'
import { duplicateKeyIssues, readWikidataSecondSources, type PlaceSourceFile, type SecondSourcePoint, type SourceInput, type ValidationIssue } from '@common/validation'
import { fileIssue } from '@common/validation/issue'

/** Where the build reads from. */
export interface SourcePaths {
  /** Folder holding places/*.geojson and hotlines.json (normally geo/). */
  geoDir: string
  /** Folder holding the district outlines, districts.csv and attribution.json (normally geo/boundaries). */
  boundariesDir: string
  /** Paths in messages are shown relative to this folder (normally the project root). */
  displayRoot: string
  /** The hotlines file, when not geoDir/hotlines.json (the workshop's demo places keep the real hotlines). */
  hotlinesPath?: string
}

export interface LoadedSources {
  input: SourceInput
  outlines: DistrictOutline[]
  /** Rivers, khlongs and railways for the offline basemap (none when geo/basemap-osm is absent). */
  contextLines: ContextLineSource[]
  /** Credit lines of every source folder that has an attribution.json (boundaries first). */
  attribution: string[]
  /** Files that could not be read or parsed, and boundary problems. */
  issues: ValidationIssue[]
}

const BOUNDARY_FILES = ['bangkok-khet.geojson', 'samut-prakan-amphoe.geojson']
/** The reviewed Wikidata hospital mapping, under geo/ (optional: a folder without it has no second sources). */
const WIKIDATA_DIR = 'second-sources/hospitals-wikidata'
/** OpenStreetMap rivers, khlongs and railways for the offline basemap, under geo/ (optional). */
const CONTEXT_DIR = 'basemap-osm'
const CONTEXT_FILES = ['waterways.geojson', 'rail.geojson']

/** Reads every source file the dataset build needs; unreadable files become issues, not exceptions. */
export async function loadSources(paths: SourcePaths): Promise<LoadedSources> {
  const issues: ValidationIssue[] = []
  const show = (path: string) => relative(paths.displayRoot, path) || path
  const readText = async (path: string): Promise<string | undefined> => {
    try {
      return await readFile(path, 'utf8')
    } catch (error) {
      issues.push(fileIssue(show(path), 'file.unreadable', `อ่านไฟล์ไม่ได้ (${code(error)}): ตรวจว่ามีไฟล์นี้อยู่`, `Cannot read the file (${code(error)}): check that it exists`))
      return undefined
    }
  }
  const readJson = async (path: string): Promise<SourceJson | undefined> => {
    const text = await readText(path)
    if (text === undefined) return undefined
    const parsed = parseSourceJson(show(path), text)
    issues.push(...parsed.issues)
    return parsed.json
  }

  const placesDir = join(paths.geoDir, 'places')
  const placeNames = await readdir(placesDir).then(
    (names) => names.filter((n) => n.endsWith('.geojson')).sort(),
    () => [] as string[],
  )
  if (placeNames.length === 0) {
    issues.push(fileIssue(show(placesDir), 'places.none', 'ไม่พบไฟล์สถานที่ (<ประเภท>.geojson) ในโฟลเดอร์นี้', 'No place files (<kind>.geojson) found in this folder'))
  }
  const placeFiles: PlaceSourceFile[] = []
  for (const name of placeNames) {
    const json = await readJson(join(placesDir, name))
    if (json) placeFiles.push({ ...json, kind: basename(name, '.geojson') })
  }
  const hotlinesPath = paths.hotlinesPath ?? join(paths.geoDir, 'hotlines.json')
  const hotlines = (await readJson(hotlinesPath)) ?? { file: show(hotlinesPath), content: [] }

  const boundaryJson = (await Promise.all(BOUNDARY_FILES.map((n) => readJson(join(paths.boundariesDir, n))))).filter((b) => b !== undefined)
  const csvPath = join(paths.boundariesDir, 'districts.csv')
  const csvText = (await readText(csvPath)) ?? ''
  const { outlines, issues: boundaryIssues } = readDistrictOutlines({ file: show(csvPath), text: csvText }, boundaryJson)
  issues.push(...boundaryIssues)
  const contextDir = join(paths.geoDir, CONTEXT_DIR)
  const contextJson = (await exists(contextDir)) ? (await Promise.all(CONTEXT_FILES.map((n) => readJson(join(contextDir, n))))).filter((f) => f !== undefined) : []
  const { lines: contextLines, issues: contextIssues } = readContextLines(contextJson)
  issues.push(...contextIssues)

  const secondSources = await readSecondSources(join(paths.geoDir, WIKIDATA_DIR), readText, show, issues)

  const attribution: string[] = []
  for (const dir of [paths.boundariesDir, contextDir, join(paths.geoDir, WIKIDATA_DIR)]) {
    if (dir !== paths.boundariesDir && !(await exists(join(dir, 'attribution.json')))) continue
    const json = await readJson(join(dir, 'attribution.json'))
    if (Array.isArray(json?.content)) attribution.push(...json.content.filter((l): l is string => typeof l === 'string'))
  }

  return { input: { placeFiles, hotlines, districts: outlines, secondSources }, outlines, contextLines, attribution, issues }
}

async function readSecondSources(
  dir: string,
  readText: (path: string) => Promise<string | undefined>,
  show: (path: string) => string,
  issues: ValidationIssue[],
): Promise<SecondSourcePoint[]> {
  if (!(await exists(dir))) return []
  const read = async (name: string) => ({ file: show(join(dir, name)), text: (await readText(join(dir, name))) ?? '' })
  const tables = {
    matches: await read('matches.csv'),
    points: await read('wikidata_hospitals_bkk_spk.csv'),
    ids: await read('wikidata_hospitals_bkk_spk.extra.csv'),
  }
  const { points, issues: tableIssues } = readWikidataSecondSources(tables)
  issues.push(...tableIssues)
  return points
}

function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false)
}

/**
 * Parses a source file's text. Invalid JSON, and a key written twice in one object (JSON.parse would
 * silently keep the last, e.g. a second "visibility"), become issues naming the file and feature.
 */
export function parseSourceJson(file: string, text: string): { json?: SourceJson; issues: ValidationIssue[] } {
  let content: unknown
  try {
    content = JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { issues: [fileIssue(file, 'file.unreadable', `ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง: ${reason}`, `This file is not valid JSON: ${reason}`)] }
  }
  return { json: { file, content }, issues: duplicateKeyIssues(file, text, content) }
}

function code(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error)
}
