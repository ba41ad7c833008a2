// @vitest-environment node
import { readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateSources, type IssueRule, type PlaceSourceFile, type SourceInput } from '@common/validation'
import { loadSources, parseSourceJson } from './load'

const root = resolve(import.meta.dirname, '../..')
const fixtures = join(import.meta.dirname, 'fixtures')
const show = (path: string) => relative(root, path)

let good: SourceInput
beforeAll(async () => {
  const loaded = await loadSources({ geoDir: join(fixtures, 'good'), boundariesDir: join(root, 'geo/boundaries'), displayRoot: root })
  expect(loaded.issues).toEqual([])
  expect(loaded.input.secondSources).toHaveLength(1)
  // The second source names a place of the good files, which most cases below replace (build.test.ts covers it).
  good = { ...loaded.input, secondSources: [] }
})

async function placeFile(name: string, kind: string): Promise<PlaceSourceFile> {
  const path = join(fixtures, 'bad', `${name}.geojson`)
  return { file: show(path), kind, content: JSON.parse(await readFile(path, 'utf8')) as unknown }
}

const goodPolice = () => good.placeFiles.find((f) => f.kind === 'police_station')!

describe('the good fixture', () => {
  it('passes every rule', () => {
    const result = validateSources(good)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.places.map((p) => p.properties.id).sort()).toEqual([
      'test-community-samut-prakan',
      'test-oscc-pathum-wan',
      'test-police-dusit',
      'test-shelter-province',
    ])
  })
})

// fixture (geo/build/fixtures/bad/<name>.geojson), the kind its file stands for, the one issue expected
const placeCases: Array<{ name: string; kind: string; rule: IssueRule; featureId?: string; index?: number; withGoodPolice?: boolean; inGoodFile?: boolean; mentions?: string[] }> = [
  { name: 'not-feature-collection', kind: 'police_station', rule: 'geojson.not-feature-collection' },
  { name: 'feature-without-properties', kind: 'police_station', rule: 'geojson.properties-missing', index: 0 },
  { name: 'geometry-not-point', kind: 'police_station', rule: 'geojson.geometry-not-point', featureId: 'test-police-dusit' },
  { name: 'geometry-missing', kind: 'police_station', rule: 'geojson.geometry-missing', featureId: 'test-police-dusit' },
  { name: 'coordinates-not-numeric', kind: 'police_station', rule: 'geojson.coordinates-not-numeric', featureId: 'test-police-dusit' },
  { name: 'coordinates-arity', kind: 'police_station', rule: 'geojson.coordinates-arity', featureId: 'test-police-dusit' },
  { name: 'outside-thailand', kind: 'police_station', rule: 'location.outside-thailand', featureId: 'test-police-dusit' },
  { name: 'lat-lng-swapped', kind: 'police_station', rule: 'location.swapped', featureId: 'test-police-dusit', mentions: ['swapped', '[13.7736, 100.5135]'] },
  { name: 'outside-district', kind: 'police_station', rule: 'location.outside-district', featureId: 'test-police-dusit', mentions: ['Dusit (1002)', 'Phra Nakhon (1001)'] },
  { name: 'unknown-district', kind: 'police_station', rule: 'district.unknown', featureId: 'test-police-dusit', mentions: ['1099'] },
  { name: 'duplicate-id', kind: 'police_station', rule: 'id.duplicate', featureId: 'test-police-dusit', withGoodPolice: true },
  { name: 'same-spot', kind: 'police_station', rule: 'location.same-spot', featureId: 'test-police-dusit', withGoodPolice: true, inGoodFile: true, mentions: ['"test-police-dusit"', '"test-police-dusit-again"'] },
  { name: 'phone-not-thai', kind: 'police_station', rule: 'phone.not-thai', featureId: 'test-police-dusit', mentions: ['+14155550100'] },
  { name: 'phone-display-mismatch', kind: 'police_station', rule: 'phone.display-mismatch', featureId: 'test-police-dusit', mentions: ['020000001'] },
  { name: 'missing-thai-name', kind: 'police_station', rule: 'name.th-missing', featureId: 'test-police-dusit' },
  { name: 'kind-mismatch', kind: 'police_station', rule: 'kind.mismatch', featureId: 'test-police-dusit' },
  { name: 'unknown-kind', kind: 'police_station', rule: 'kind.unknown', featureId: 'test-police-dusit', mentions: ['"bank"'] },
  { name: 'unknown-service', kind: 'police_station', rule: 'service.unknown', featureId: 'test-police-dusit', mentions: ['"massage"'] },
  { name: 'serves-only-unknown', kind: 'police_station', rule: 'serves-only.invalid', featureId: 'test-police-dusit', mentions: ['children'] },
  { name: 'unknown-visibility', kind: 'police_station', rule: 'visibility.unknown', featureId: 'test-police-dusit' },
  { name: 'hidden-with-geometry', kind: 'shelter', rule: 'privacy.hidden-has-geometry', featureId: 'test-shelter-province' },
  { name: 'hidden-with-address', kind: 'shelter', rule: 'privacy.address-forbidden', featureId: 'test-shelter-province' },
  { name: 'shelter-not-hidden', kind: 'shelter', rule: 'privacy.shelter-not-hidden', featureId: 'test-shelter-province' },
  { name: 'verified-without-date', kind: 'police_station', rule: 'verification.incomplete', featureId: 'test-police-dusit' },
  { name: 'verified-without-source', kind: 'police_station', rule: 'verification.incomplete', featureId: 'test-police-dusit' },
  { name: 'hours-weekly-overnight', kind: 'police_station', rule: 'hours.invalid', featureId: 'test-police-dusit', mentions: ['weekly'] },
  { name: 'unknown-origin', kind: 'police_station', rule: 'origin.unknown', featureId: 'test-police-dusit', mentions: ['"memory"'] },
  { name: 'note-not-thai', kind: 'police_station', rule: 'note.not-thai', featureId: 'test-police-dusit', mentions: ['memory', 'placed', 'dev', 'team'] },
  { name: 'invalid-date', kind: 'police_station', rule: 'date.invalid', featureId: 'test-police-dusit', mentions: ['2026-02-30'] },
  { name: 'uncertainty-huge', kind: 'police_station', rule: 'uncertainty.invalid', featureId: 'test-police-dusit', mentions: ['10000'] },
  { name: 'name-too-long', kind: 'police_station', rule: 'text.too-long', featureId: 'test-police-dusit', mentions: ['name.th', '210', '200'] },
  { name: 'name-bidi-override', kind: 'police_station', rule: 'text.hidden-character', featureId: 'test-police-dusit', mentions: ['name.en', 'U+202E'] },
  { name: 'name-zero-width', kind: 'police_station', rule: 'text.hidden-character', featureId: 'test-police-dusit', mentions: ['name.th', 'U+200B'] },
  { name: 'name-control-character', kind: 'police_station', rule: 'text.hidden-character', featureId: 'test-police-dusit', mentions: ['name.th', 'U+0007'] },
  // the loader takes the kind from the file name, so this file stands for "unknown-file-kind"
  { name: 'unknown-file-kind', kind: 'unknown-file-kind', rule: 'file.unknown-kind' },
]

describe('each bad place fixture is rejected with file, feature and reason', () => {
  it.each(placeCases)('$name → $rule', async ({ name, kind, rule, featureId, index, withGoodPolice, inGoodFile, mentions }) => {
    const bad = await placeFile(name, kind)
    const result = validateSources({ ...good, placeFiles: withGoodPolice ? [goodPolice(), bad] : [bad] })
    const issues = result.ok ? [] : result.issues
    expect(issues.map((i) => i.rule)).toEqual([rule])
    const [issue] = issues
    expect(issue?.file).toBe(inGoodFile ? goodPolice().file : bad.file)
    expect(issue?.featureId).toBe(featureId)
    if (index !== undefined) expect(issue?.index).toBe(index)
    expect(issue?.message.th.trim()).not.toBe('')
    expect(issue?.message.en.trim()).not.toBe('')
    for (const text of mentions ?? []) expect(issue?.message.en).toContain(text)
  })
})

const hotlineCases: Array<{ name: string; rule: IssueRule; featureId: string; mentions?: string[] }> = [
  { name: 'hotline-unconfirmed-1134', rule: 'hotline.unconfirmed', featureId: 'test-pavena', mentions: ['1134', 'not confirmed'] },
  { name: 'hotline-not-thai-number', rule: 'hotline.number-invalid', featureId: 'test-hotline-1300', mentions: ['911'] },
  { name: 'hotline-missing-thai-name', rule: 'name.th-missing', featureId: 'test-hotline-1300' },
  { name: 'hotline-line-http', rule: 'hotline.line-url', featureId: 'test-line', mentions: ['https://'] },
]

describe('each bad hotlines fixture is rejected', () => {
  it.each(hotlineCases)('$name → $rule', async ({ name, rule, featureId, mentions }) => {
    const path = join(fixtures, 'bad', `${name}.json`)
    const hotlines = { file: show(path), content: JSON.parse(await readFile(path, 'utf8')) as unknown }
    const result = validateSources({ ...good, hotlines })
    const issues = result.ok ? [] : result.issues
    expect(issues.map((i) => [i.file, i.featureId, i.rule])).toEqual([[hotlines.file, featureId, rule]])
    for (const text of mentions ?? []) expect(issues[0]?.message.en).toContain(text)
  })
})

describe('a key written twice in a source file', () => {
  it('is rejected with the file, the feature and the key (JSON.parse would silently keep the last one)', async () => {
    const path = join(fixtures, 'bad', 'duplicate-key.geojson')
    const parsed = parseSourceJson(show(path), await readFile(path, 'utf8'))
    expect(parsed.issues.map((i) => [i.file, i.featureId, i.index, i.rule])).toEqual([[show(path), 'test-police-dusit', 0, 'json.duplicate-key']])
    expect(parsed.issues[0]?.message.en).toContain('"visibility"')
    expect(parsed.issues[0]?.message.th).toContain('"visibility"')
  })

  it('is found at any depth, and a key repeated in different objects is fine', () => {
    const text = '{"a": {"b": 1, "c": [{"d": 1}, {"d": 2, "d": 3}]}, "e": {"b": 2}}'
    expect(parseSourceJson('x.json', text).issues.map((i) => i.message.en)).toEqual([expect.stringContaining('a.c[1].d')])
    expect(parseSourceJson('x.json', '{"a": {"b": 1}, "c": {"b": 1}, "s": "\\"b\\": 1, \\"b\\""}').issues).toEqual([])
  })
})
