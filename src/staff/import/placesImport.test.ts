import { describe, expect, it } from 'vitest'
import { checkImport, importProposals, MAX_IMPORT_BYTES, type ImportRowResult } from '@common/placesImport'
import type { SourcePlace } from '@common/placeSource'
import { csvText, encodeWindows874, goodRow, IMPORT_DISTRICTS, PUBLISHED, TODAY } from '../../../tests/unit/fixtures/placesImport'
import { readPlacesFile } from './readPlacesFile'

const utf8 = (text: string) => new TextEncoder().encode(text)
const context = { districts: IMPORT_DISTRICTS, published: PUBLISHED, today: TODAY }

/** Reads the file and checks every row, as the import screen does. */
function importOf(bytes: Uint8Array, fileName = 'places.csv') {
  const read = readPlacesFile(bytes, fileName, TODAY)
  return { ...read, rows: checkImport(read.records, context) }
}

const csvImport = (rows: Parameters<typeof csvText>[0]) => importOf(utf8(csvText(rows)))

/** The one row's problems as "column rule severity". */
function problemsOf(row: ImportRowResult | undefined): string[] {
  return (row?.problems ?? []).map((p) => `${p.column} ${p.rule} ${p.severity}`)
}

describe('import: each rule, with a fixture', () => {
  it('takes a good new row as an addition, with no problem', () => {
    const { rows, fileProblems } = csvImport([goodRow('police-new')])
    expect(fileProblems).toEqual([])
    expect(rows).toMatchObject([{ row: 2, id: 'police-new', action: 'add', problems: [] }])
    expect(rows[0]?.proposed?.properties).toMatchObject({ phones: [{ e164: '+6621234567', display: '02 123 4567' }], updatedAt: TODAY })
  })

  it('swapped lat/lng: an error on lat that says which way round', () => {
    const [row] = csvImport([goodRow('police-new', { lat: '100.51', lng: '13.77' })]).rows
    expect(problemsOf(row)).toEqual(['lat location.swapped error'])
    expect(row?.action).toBe('blocked')
    expect(row?.problems[0]?.message.en).toContain('lat = 13.77, lng = 100.51')
    expect(row?.problems[0]?.message.th).toContain('สลับ')
  })

  it('outside Thailand', () => {
    expect(problemsOf(csvImport([goodRow('police-new', { lat: '51.5', lng: '-0.12' })]).rows[0])).toEqual(['lat location.outside-thailand error'])
  })

  it('outside the district the row states, naming the district it falls in', () => {
    const [row] = csvImport([goodRow('police-new', { lat: '13.73', lng: '100.52' })]).rows
    expect(problemsOf(row)).toEqual(['lat location.outside-district error'])
    expect(row?.problems[0]?.message.en).toContain('Pathum Wan')
  })

  it('duplicate within the file: the second row with an id is blocked and points at the first', () => {
    const { rows } = csvImport([goodRow('police-new'), goodRow('police-new', { lat: '13.79', lng: '100.53' })])
    expect(rows[0]?.action).toBe('add')
    expect(problemsOf(rows[1])).toEqual(['id id.duplicate error'])
    expect(rows[1]?.problems[0]?.message.en).toContain('row 2')
  })

  it('duplicate of a published place under another id (same spot): blocked, and told which id to use', () => {
    const [row] = csvImport([goodRow('police-copy', { lat: '13.7801', lng: '100.5201' })]).rows
    expect(problemsOf(row)).toEqual(['lat location.same-spot error'])
    expect(row?.problems[0]?.message.en).toContain('"police-dusit"')
  })

  it('two new rows on the same spot: both are blocked', () => {
    const { rows } = csvImport([goodRow('police-a'), goodRow('police-b', { lat: '13.7701' })])
    expect(rows.map(problemsOf)).toEqual([['lat location.same-spot error'], ['lat location.same-spot error']])
  })

  it('the same Thai name as a published place in the same district: a warning that does not block', () => {
    const [row] = csvImport([goodRow('police-other', { name_th: 'สถานีตำรวจ police-dusit' })]).rows
    expect(problemsOf(row)).toEqual(['name_th place.same-name warning'])
    expect(row?.action).toBe('add')
  })

  it.each([
    ['a number too short', '02 123'],
    ['letters', 'call us'],
    ['a foreign number', '+44 20 7946 0000'],
  ])('bad phone (%s): an error on that phone column', (_, phone) => {
    expect(problemsOf(csvImport([goodRow('police-new', { phone_2: phone })]).rows[0])).toEqual(['phone_2 phone.not-thai error'])
  })

  it('missing Thai name', () => {
    expect(problemsOf(csvImport([goodRow('police-new', { name_th: '', name_en: 'Only English' })]).rows[0])).toEqual(['name_th name.th-missing error'])
  })

  it('a cell of spaces only: a warning, read as empty (which a required column then refuses)', () => {
    const { rows } = csvImport([goodRow('police-new', { name_en: '   ' }), goodRow('police-two', { name_th: '  ', lat: '13.79', lng: '100.53' })])
    expect(problemsOf(rows[0])).toEqual(['name_en cell.only-spaces warning'])
    expect(rows[0]?.action).toBe('add')
    expect(rows[0]?.proposed?.properties.name).toEqual({ th: 'สถานีตำรวจนครบาล police-new' })
    expect(problemsOf(rows[1])).toEqual(['name_th cell.only-spaces warning', 'name_th name.th-missing error'])
  })

  it('over 5 MB: refused before it is read', () => {
    const { fileProblems, records } = importOf(new Uint8Array(MAX_IMPORT_BYTES + 1))
    expect(records).toEqual([])
    expect(fileProblems.map((p) => p.rule)).toEqual(['file.too-large'])
    expect(fileProblems[0]?.message.th).toContain('5 MB')
  })

  it('a file without an id column: nothing is read, and the header row is named', () => {
    const { fileProblems, rows } = importOf(utf8('name,lat\nA,13\n'))
    expect(rows).toEqual([])
    expect(fileProblems.map((p) => `${p.row} ${p.rule} ${p.severity}`)).toEqual(['1 csv.column-unknown warning', '1 csv.column-missing error'])
  })

  it('a shelter with a position or an address: refused (its place is never written down)', () => {
    const [row] = csvImport([goodRow('shelter-new', { kind: 'shelter', visibility: 'hidden', address_th: 'บ้านเลขที่ 1', services: 'temporary_shelter' })]).rows
    expect(problemsOf(row)).toEqual(['lat privacy.hidden-has-geometry error', 'address_th privacy.address-forbidden error'])
  })

  it('half a position', () => {
    expect(problemsOf(csvImport([goodRow('police-new', { lng: '' })]).rows[0])).toEqual(['lng location.half-missing error'])
  })

  it('a row that changes a published place is an edit; one that changes nothing proposes nothing', () => {
    const { rows } = csvImport([
      goodRow('police-dusit', { name_th: 'สถานีตำรวจ police-dusit', name_en: 'Police police-dusit', lat: '13.78', lng: '100.52', phone_1: '02 281 1000', district_code: '1002', source: 'memory: test fixture' }),
      goodRow('police-dusit-2', { name_th: 'ใหม่' }),
    ])
    expect(rows[0]?.action).toBe('unchanged')
    const edited = csvImport([goodRow('police-dusit', { name_th: 'สถานีตำรวจนครบาลดุสิต', lat: '13.78', lng: '100.52', source: 'memory: test fixture' })]).rows[0]
    expect(edited).toMatchObject({ action: 'edit', base: PUBLISHED[0] })
  })
})

describe('import: encodings', () => {
  const rows = [goodRow('police-new', { name_th: 'สถานีตำรวจนครบาลบางซื่อ', note_th: 'โทรก่อนไป' })]

  it.each([
    ['UTF-8', 'utf-8', utf8(csvText(rows))],
    ['UTF-8 with BOM', 'utf-8-bom', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csvText(rows))])],
    ['Windows-874 (Excel in Thai)', 'windows-874', encodeWindows874(csvText(rows))],
  ])('%s: detected, and the Thai reads the same', (_, encoding, bytes) => {
    const read = importOf(bytes)
    expect(read.encoding).toBe(encoding)
    expect(read.rows[0]?.proposed?.properties).toMatchObject({ name: { th: 'สถานีตำรวจนครบาลบางซื่อ' }, note: { th: 'โทรก่อนไป' } })
  })
})

describe('import: GeoJSON', () => {
  it('reads features as the export writes them, and reports problems by feature number', () => {
    const feature = (id: string, coordinates: number[]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { ...PUBLISHED[0]?.properties, id, name: { th: id } } })
    const file = { type: 'FeatureCollection', features: [feature('police-geo', [100.51, 13.77]), feature('police-bad', [13.77, 100.51])] }
    const { rows } = importOf(utf8(JSON.stringify(file)), 'places.geojson')
    expect(rows.map((row) => `${row.row} ${row.action}`)).toEqual(['1 add', '2 blocked'])
    expect(problemsOf(rows[1])).toEqual(['lat location.swapped error'])
  })

  it('keeps the days of volunteers’ checks from the published place: a file can neither fake nor drop them', () => {
    const published = { ...PUBLISHED[0], properties: { ...PUBLISHED[0]?.properties, checks: { phone: '2026-11-30' } } } as SourcePlace
    const faked = { ...published.properties, name: { th: 'ชื่อใหม่' }, checks: { location: '2026-12-01' } }
    const file = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [100.52, 13.78] }, properties: faked }] }
    const read = readPlacesFile(utf8(JSON.stringify(file)), 'places.geojson', TODAY)
    const [row] = checkImport(read.records, { ...context, published: [published] })
    expect(row?.action).toBe('edit')
    expect(row?.proposed?.properties.checks).toEqual({ phone: '2026-11-30' })
  })

  it('refuses a file that is not a FeatureCollection', () => {
    expect(importOf(utf8('{"type":"Feature"}'), 'x.geojson').fileProblems.map((p) => p.rule)).toEqual(['csv.unreadable'])
  })
})

describe('import: confirmed rows become proposals', () => {
  it('only rows that add or edit, each with its own client id; nothing is removed', () => {
    const { rows } = csvImport([goodRow('police-new'), goodRow('police-bad', { phone_1: '12', lat: '13.79', lng: '100.53' }), goodRow('police-dusit', { name_th: 'ชื่อใหม่', lat: '13.78', lng: '100.52' })])
    let n = 0
    const proposals = importProposals(rows, 'places.csv', () => `id-${(n += 1)}`)
    expect(proposals.map(({ row, proposal: p }) => [row, p.kind, p.clientId, 'placeId' in p ? p.placeId : p.proposed.properties.id])).toEqual([
      [2, 'add', 'id-1', 'police-new'],
      [4, 'edit', 'id-2', 'police-dusit'],
    ])
    expect(proposals[0]?.proposal).toMatchObject({ comment: expect.stringContaining('row 2') })
  })
})
