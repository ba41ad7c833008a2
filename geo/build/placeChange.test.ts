// @vitest-environment node
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourcePlace } from '@common/placeSource'
import { validatePlaceChange, validateSources, type PlaceRulesContext } from '@common/validation'
import { loadSources } from './load'

// The shared rules on one changed place (the volunteers' proposals), with the build's good fixture as the working set.
const root = resolve(import.meta.dirname, '../..')
let places: SourcePlace[]
let context: PlaceRulesContext

beforeAll(async () => {
  const loaded = await loadSources({ geoDir: join(import.meta.dirname, 'fixtures/good'), boundariesDir: join(root, 'geo/boundaries'), displayRoot: root })
  context = { districts: loaded.input.districts, secondSources: [], today: '2026-12-01' }
  const validated = validateSources({ ...loaded.input, ...context })
  if (!validated.ok) throw new Error('the good fixture must pass')
  places = validated.places
})

const police = () => structuredClone(places.find((p) => p.properties.id === 'test-police-dusit')!)
const othersThan = (id: string) => places.filter((p) => p.properties.id !== id)

describe('validatePlaceChange', () => {
  it('finds nothing wrong with an unchanged place, or one with checks up to today', () => {
    const checked = police()
    checked.properties.checks = { phone: '2026-12-01', location: '2026-11-02' }
    expect(validatePlaceChange(police(), othersThan('test-police-dusit'), context)).toEqual([])
    expect(validatePlaceChange(checked, othersThan('test-police-dusit'), context)).toEqual([])
  })

  it('names the field of each problem, in Thai and English', () => {
    const changed = police()
    changed.properties.name = { th: '  ' }
    changed.properties.phones = [{ e164: '+14155550100', display: '415 555 0100' }]
    changed.point = { lat: changed.point!.lng, lng: changed.point!.lat }
    const problems = validatePlaceChange(changed, othersThan('test-police-dusit'), context)
    expect(problems.map((p) => [p.field, p.rule])).toEqual(
      expect.arrayContaining([
        ['name', 'name.th-missing'],
        ['phones', 'phone.not-thai'],
        ['point', 'location.swapped'],
      ]),
    )
    for (const problem of problems) expect(problem.message.th && problem.message.en).toBeTruthy()
  })

  it('refuses a check day in the future or not a real day', () => {
    const changed = police()
    changed.properties.checks = { phone: '2026-12-02', hours: '2026-02-30' }
    const problems = validatePlaceChange(changed, othersThan('test-police-dusit'), context)
    expect(problems.map((p) => [p.field, p.rule])).toEqual([
      ['checks', 'checks.future'],
      ['checks', 'date.invalid'],
    ])
  })

  it('refuses an added place whose id is taken, or on the spot of another place', () => {
    const added = police()
    expect(validatePlaceChange(added, places, context).map((p) => p.rule)).toContain('id.duplicate')
    added.properties.id = 'test-police-dusit-new'
    added.point = { lat: added.point!.lat + 0.0001, lng: added.point!.lng }
    expect(validatePlaceChange(added, places, context).map((p) => [p.field, p.rule])).toEqual([['point', 'location.same-spot']])
  })

  it('keeps a hidden place hidden: a shelter with a pin or an address is refused', () => {
    const shelter = structuredClone(places.find((p) => p.properties.kind === 'shelter')!)
    shelter.point = { lat: 13.77, lng: 100.51 }
    shelter.properties.address = { th: 'ที่อยู่' }
    const rules = validatePlaceChange(shelter, othersThan(shelter.properties.id), context).map((p) => [p.field, p.rule])
    expect(rules).toEqual(expect.arrayContaining([['point', 'privacy.hidden-has-geometry'], ['address', 'privacy.address-forbidden']]))
  })
})
