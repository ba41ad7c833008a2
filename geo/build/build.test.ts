// @vitest-environment node
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Basemap } from '@common/basemap'
import { pointInPolygon } from '@common/geo'
import type { Dataset, DatasetManifest } from '@common/place'
import { canonicalJson } from '@common/canonicalJson'
import { mergeParts, partHashInput, provinceOf, type DatasetCommon, type DatasetPart } from '@common/datasetParts'
import { runBuild, type BuildOptions } from './build'
import { sha256Hex } from './hash'
import { formatIssue } from './report'

const root = resolve(import.meta.dirname, '../..')
let work: string
let options: BuildOptions

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'geo-build-'))
  await cp(join(import.meta.dirname, 'fixtures/good'), join(work, 'geo'), { recursive: true })
  options = { geoDir: join(work, 'geo'), boundariesDir: join(root, 'geo/boundaries'), outDir: join(work, 'out'), displayRoot: work }
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

const readOut = async (name: string) => readFile(join(options.outDir, name), 'utf8')
const outputFiles = async () => (await readdir(options.outDir)).sort()

describe('runBuild on good sources', () => {
  it('writes the manifest, the dataset it names and the basemap', async () => {
    const result = await runBuild(options)
    expect(result.ok).toBe(true)
    const manifest = JSON.parse(await readOut('manifest.json')) as DatasetManifest
    expect(manifest.file).toMatch(/^dataset\.[0-9a-f]{8}\.json$/)
    expect(manifest.hash.startsWith(manifest.file.slice(8, 16))).toBe(true)
    expect(manifest.version).toBe(`2026.11.20-${manifest.hash.slice(0, 8)}`)
    expect(manifest.placeCount).toBe(4)
    const partFiles = [manifest.common!.file, ...manifest.parts!.map((part) => part.file)]
    expect(await outputFiles()).toEqual(['basemap.json', manifest.file, 'manifest.json', ...partFiles].sort())
    const dataset = JSON.parse(await readOut(manifest.file)) as Dataset
    expect(dataset.version).toBe(manifest.version)
    expect(dataset.places.map((p) => p.id)).toEqual([...dataset.places.map((p) => p.id)].sort())
    expect(dataset.districts).toHaveLength(56)
    expect(dataset.hotlines.map((h) => h.id)).toEqual(['test-hotline-1300', 'test-line'])
    expect(dataset.attribution).toHaveLength(3)
    // The app re-hashes what it downloads: the parsed file must hash back to the manifest's hash.
    expect(sha256Hex(canonicalJson({ ...dataset, version: undefined, hash: undefined }))).toBe(manifest.hash)
  })

  it('writes the same dataset split by province, each part named by its hash, and they merge back into the whole', async () => {
    await runBuild(options)
    const manifest = JSON.parse(await readOut('manifest.json')) as DatasetManifest
    const whole = JSON.parse(await readOut(manifest.file)) as Dataset
    expect(manifest.parts!.map((part) => part.province)).toEqual([...new Set(whole.places.map((p) => provinceOf(p.districtCode)))].sort())
    const common = JSON.parse(await readOut(manifest.common!.file)) as DatasetCommon
    const parts = await Promise.all(manifest.parts!.map(async (part) => JSON.parse(await readOut(part.file)) as DatasetPart))
    expect(parts.map((part) => sha256Hex(partHashInput(part)))).toEqual(manifest.parts!.map((part) => part.hash))
    expect(mergeParts(manifest, common, parts)).toEqual(whole)
  })

  it('publishes no position or address for the shelter and coarsens the approximate place', async () => {
    const result = await runBuild(options)
    if (!result.ok) throw new Error('build failed')
    const byId = new Map(result.dataset.places.map((p) => [p.id, p]))
    const shelter = byId.get('test-shelter-province')
    expect(shelter?.location).toBeNull()
    expect(shelter?.address).toBeUndefined()
    expect(byId.get('test-community-samut-prakan')?.location).toEqual({ lat: 13.5575, lng: 100.6425, uncertaintyM: 800 })
    expect(byId.get('test-oscc-pathum-wan')?.location).toEqual({ lat: 13.738012, lng: 100.5335 })
  })

  it('writes a basemap of 56 districts whose label points lie inside them', async () => {
    await runBuild(options)
    const basemap = JSON.parse(await readOut('basemap.json')) as Basemap
    expect(basemap.features).toHaveLength(56)
    for (const { properties, geometry } of basemap.features) {
      const [lng, lat] = properties.label
      expect(pointInPolygon({ lat, lng }, geometry), `label of ${properties.code}`).toBe(true)
      expect(properties.name_th).not.toBe('')
    }
  })

  it('reports, for each pin with a second source, how far apart they are against the pin\'s stated uncertainty', async () => {
    const result = await runBuild(options)
    if (!result.ok) throw new Error('build failed')
    expect(result.secondSources).toEqual([{ placeId: 'test-oscc-pathum-wan', source: 'Wikidata Q1', distanceM: 77, toleranceM: 300 }])
  })

  it('draws the rivers, khlongs and railways of geo/basemap-osm into the basemap and credits OpenStreetMap', async () => {
    await cp(join(root, 'geo/basemap-osm'), join(options.geoDir, 'basemap-osm'), { recursive: true })
    const result = await runBuild(options)
    const basemap = JSON.parse(await readOut('basemap.json')) as Basemap
    expect(basemap.context?.features.map((f) => f.properties.kind)).toEqual(['river', 'canal', 'rail'])
    expect(basemap.features).toHaveLength(56)
    expect(result.ok && result.dataset.attribution.some((line) => line.includes('© OpenStreetMap contributors, ODbL'))).toBe(true)
  })

  it('gives byte-identical files when rebuilt from unchanged sources', async () => {
    await runBuild(options)
    const before = await Promise.all((await outputFiles()).map(readOut))
    const again = await runBuild(options)
    expect(again.ok && again.removed).toEqual([])
    expect(await Promise.all((await outputFiles()).map(readOut))).toEqual(before)
  })

  it('gives a new version and file when a source changes, and removes the stale dataset', async () => {
    const first = await runBuild(options)
    const policePath = join(options.geoDir, 'places/police_station.geojson')
    await writeFile(policePath, (await readFile(policePath, 'utf8')).replace('"updatedAt": "2026-11-18"', '"updatedAt": "2026-11-23"'))
    const second = await runBuild(options)
    if (!first.ok || !second.ok) throw new Error('build failed')
    expect(second.manifest.hash).not.toBe(first.manifest.hash)
    expect(second.manifest.version).toMatch(/^2026\.11\.23-/)
    // Only the police station's province part changed with the whole file; the other parts and the common file stay.
    const firstFiles = [first.manifest.common!.file, ...first.manifest.parts!.map((part) => part.file)]
    const secondFiles = [second.manifest.common!.file, ...second.manifest.parts!.map((part) => part.file)]
    const changedParts = firstFiles.filter((name) => !secondFiles.includes(name))
    expect(changedParts).toHaveLength(1)
    expect(second.removed.sort()).toEqual([first.manifest.file, ...changedParts].sort())
    expect(await outputFiles()).toEqual(['basemap.json', second.manifest.file, 'manifest.json', ...secondFiles].sort())
  })

  it('survives two builds writing the same folder at once', async () => {
    const [a, b] = await Promise.all([runBuild(options), runBuild(options)])
    expect(a.ok && b.ok).toBe(true)
    const manifest = JSON.parse(await readOut('manifest.json')) as DatasetManifest
    expect(JSON.parse(await readOut(manifest.file))).toMatchObject({ hash: manifest.hash })
    expect((await outputFiles()).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

describe('runBuild on bad sources', () => {
  it('writes nothing and reports each problem as file › feature › reason', async () => {
    await cp(join(import.meta.dirname, 'fixtures/bad/lat-lng-swapped.geojson'), join(options.geoDir, 'places/police_station.geojson'))
    await writeFile(join(options.geoDir, 'hotlines.json'), '[{"kind": "phone",')
    const result = await runBuild(options)
    if (result.ok) throw new Error('build should have failed')
    expect(result.issues.map((i) => [i.file, i.rule])).toEqual([
      ['geo/hotlines.json', 'file.unreadable'],
      ['geo/places/police_station.geojson', 'location.swapped'],
    ])
    const line = formatIssue(result.issues[1]!)
    expect(line).toMatch(/^geo\/places\/police_station\.geojson › test-police-dusit › พิกัด .*สลับ/)
    expect(line).toContain('latitude/longitude swapped')
    await expect(readdir(options.outDir)).rejects.toThrow()
  })

  it('fails, writing nothing, when a pin is farther from its second source than its stated uncertainty', async () => {
    const table = join(options.geoDir, 'second-sources/hospitals-wikidata')
    await rm(table, { recursive: true })
    await cp(join(import.meta.dirname, 'fixtures/bad/second-source-far'), table, { recursive: true })
    const result = await runBuild(options)
    if (result.ok) throw new Error('build should have failed')
    expect(result.issues.map((i) => [i.file, i.featureId, i.rule])).toEqual([
      ['geo/places/oscc_hospital.geojson', 'test-oscc-pathum-wan', 'second-source.too-far'],
    ])
    expect(result.issues[0]?.message.en).toMatch(/^The pin is 2001 m from Wikidata Q1, beyond its stated uncertainty \(300 m\)/)
    await expect(readdir(options.outDir)).rejects.toThrow()
  })
})
