import { describe, expect, it } from 'vitest'
import { distanceWording, type DistanceWording } from './distanceWording'

// distance to the pin (km), the pin's uncertainty (m), what people are told
const cases: Array<[number, number | undefined, DistanceWording]> = [
  // An exact pin: metres to 50 under 1 km, kilometres to one decimal above.
  [0.437, undefined, { claim: 'exact', unit: 'm', value: 450 }],
  [1.234, undefined, { claim: 'exact', unit: 'km', value: 1.2 }],
  // The case: a pin 450 m away that may be 3 km off is "within about 4 km", never "about 450 m".
  [0.45, 3000, { claim: 'within', unit: 'km', value: 4 }],
  [0, 3000, { claim: 'within', unit: 'km', value: 3 }],
  [2.9, 3000, { claim: 'within', unit: 'km', value: 6 }],
  // 500 m uncertainty rounds to half kilometres.
  [0.1, 500, { claim: 'within', unit: 'km', value: 1 }],
  [0.8, 800, { claim: 'within', unit: 'km', value: 2 }],
  [1.2, 800, { claim: 'about', unit: 'km', value: 1 }],
  [1.3, 800, { claim: 'about', unit: 'km', value: 1.5 }],
  [5.2, 800, { claim: 'about', unit: 'km', value: 5 }],
  // Farther than the uncertainty: whole kilometres once it is a kilometre or more.
  [12.3, 3000, { claim: 'about', unit: 'km', value: 12 }],
  [3.6, 1500, { claim: 'about', unit: 'km', value: 4 }],
  // A small uncertainty still never claims finer than 100 m.
  [0.437, 120, { claim: 'about', unit: 'm', value: 400 }],
  [0.05, 120, { claim: 'within', unit: 'm', value: 200 }],
]

describe('distanceWording', () => {
  it.each(cases)('%s km with uncertainty %s m → %o', (km, uncertaintyM, expected) => {
    expect(distanceWording(km, uncertaintyM)).toEqual(expected)
  })

  it('never tells a distance nearer than the farthest the place can be when the pin is within its uncertainty', () => {
    for (let metres = 0; metres <= 5000; metres += 37) {
      for (const uncertaintyM of [500, 800, 1000, 1500, 3000, 3500]) {
        const told = distanceWording(metres / 1000, uncertaintyM)
        const toldM = told.value * (told.unit === 'km' ? 1000 : 1)
        if (told.claim === 'within') expect(toldM).toBeGreaterThanOrEqual(metres + uncertaintyM)
        else expect(Math.abs(toldM - metres)).toBeLessThanOrEqual(Math.max(uncertaintyM, 500))
      }
    }
  })
})
