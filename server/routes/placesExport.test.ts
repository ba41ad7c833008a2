import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { checkImport } from '@common/placesImport'
import type { SourcePlace } from '@common/placeSource'
import { loadSources } from '../../geo/build/load'
import { readPlacesFile } from '../../src/staff/import/readPlacesFile'
import { addStaff, createStaffTestApp, setUpFirstAdmin, staffRequest } from '../testing/staff'
import type { TestApp } from '../testing/testApp'

describe('export of the places (coordinators)', () => {
  let t: TestApp
  let coordinator: string
  let published: SourcePlace[]

  beforeAll(async () => {
    t = await createStaffTestApp()
    const admin = await setUpFirstAdmin(t.app, 'x.admin')
    coordinator = (await addStaff(t.app, admin, 'x.coord', 'coordinator')).cookie
    published = (await t.database.db.selectFrom('places').select('source').orderBy('id').execute()).map((row) => row.source)
  })
  afterAll(() => t.close())

  const get = (file: string) => staffRequest(t.app, 'GET', `/api/staff/export/${file}`, undefined, { cookie: coordinator })

  it('CSV: UTF-8 with a BOM for Excel in Thai, a download, one row per place, and a line in the audit log', async () => {
    const response = await get('places.csv')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toBe('attachment; filename="places-2026-12-01.csv"')
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const rows = Papa.parse<string[]>(response.body.slice(1), { skipEmptyLines: true }).data
    expect(rows[0]?.[0]).toMatch(/^id \(รหัสสถานที่/)
    expect(rows).toHaveLength(published.length + 1)
    const audit = await t.database.db.selectFrom('staff_audit').select(['action', 'detail']).where('action', '=', 'places_export').execute()
    expect(audit).toEqual([{ action: 'places_export', detail: { file: 'places.csv', places: String(published.length) } }])
  })

  it('round trip: importing the exported CSV, or the GeoJSON, finds nothing to change and nothing wrong', async () => {
    const { input } = await loadSources({ geoDir: 'geo', boundariesDir: 'geo/boundaries', displayRoot: '.' })
    const context = { districts: input.districts, published, today: '2026-12-01' }
    for (const file of ['places.csv', 'places.geojson']) {
      const read = readPlacesFile(new Uint8Array((await get(file)).rawPayload), file, '2026-12-01')
      expect(read.fileProblems, file).toEqual([])
      const rows = checkImport(read.records, context)
      expect(rows.filter((row) => row.action !== 'unchanged').map((row) => [row.id, row.action, row.problems.map((p) => p.message.en)]), file).toEqual([])
      expect(rows).toHaveLength(published.length)
    }
  })

  it('the template: the explained header row only, as a UTF-8 CSV with a BOM', async () => {
    const response = await get('template.csv')
    expect(response.body.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(response.body.slice(1), { skipEmptyLines: true }).data
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('name_th (ชื่อภาษาไทย (ต้องมี))')
  })
})
