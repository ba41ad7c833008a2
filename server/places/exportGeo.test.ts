import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SourcePlace } from '@common/placeSource'
import { createTestApp, type TestApp } from '../testing/testApp'
import { exportPlacesToGeo } from './exportGeo'
import { findWorkingPlace, saveWorkingPlace } from './workingSet'

const geoPlaces = resolve(import.meta.dirname, '../../geo/places')
let t: TestApp
let outDir: string

beforeAll(async () => {
  t = await createTestApp()
  outDir = await mkdtemp(join(tmpdir(), 'geo-export-'))
})
afterAll(async () => {
  await t.close()
  await rm(outDir, { recursive: true, force: true })
})

describe('exporting the published places to geo/ files', () => {
  it('over a copy of geo/places, changes nothing while nothing was changed: same order, keys and numbers', async () => {
    await cp(geoPlaces, outDir, { recursive: true })
    expect(await exportPlacesToGeo(t.database.db, outDir)).toEqual([])
    const names = (await readdir(geoPlaces)).filter((name) => name.endsWith('.geojson'))
    expect(names.length).toBeGreaterThan(5)
    for (const name of names) expect(await readFile(join(outDir, name), 'utf8')).toBe(await readFile(join(geoPlaces, name), 'utf8'))
  })

  it('then changes only the line of the place that changed', async () => {
    const row = await findWorkingPlace(t.database.db, 'police-chana-songkhram')
    const changed: SourcePlace = structuredClone(row!.source)
    changed.properties.checks = { location: '2026-12-01' }
    changed.properties.verification = { status: 'verified', verifiedAt: '2026-12-01', source: 'community_volunteer' }
    await saveWorkingPlace(t.database.db, changed, new Date())
    const before = (await readFile(join(outDir, 'police_station.geojson'), 'utf8')).split('\n')
    expect(await exportPlacesToGeo(t.database.db, outDir)).toEqual([join(outDir, 'police_station.geojson')])
    const after = (await readFile(join(outDir, 'police_station.geojson'), 'utf8')).split('\n')
    const differing = after.filter((line, index) => line !== before[index])
    expect(differing).toHaveLength(1)
    expect(differing[0]).toContain('"id":"police-chana-songkhram"')
    expect(differing[0]).toMatch(/"updatedAt":"[\d-]+","checks":\{"location":"2026-12-01"\}\}\}/)
  })
})
