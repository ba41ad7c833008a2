import { describe, expect, it } from 'vitest'
import type { District } from '@common/place'
import { areaLabel, areaOptions } from './areaOptions'
import { DISTRICTS, PLACES, makePlace } from '../../tests/unit/fixtures/findingPlaces'

describe('areaLabel', () => {
  it('puts the Thai name first and adds the English one when there is one', () => {
    expect(areaLabel({ th: 'ดุสิต', en: 'Dusit' })).toBe('ดุสิต · Dusit')
    expect(areaLabel({ th: 'ดุสิต' })).toBe('ดุสิต')
    expect(areaLabel({ th: 'ดุสิต', en: '' })).toBe('ดุสิต')
  })
})

describe('areaOptions', () => {
  const phraNakhon: District = { code: 1001, province: 'bangkok', name: { th: 'พระนคร', en: 'Phra Nakhon' } }

  it('groups districts by province, Bangkok first, each in Thai alphabetical order', () => {
    const { provinces } = areaOptions([phraNakhon, ...DISTRICTS].reverse(), [])
    expect(provinces.map((group) => group.province)).toEqual(['bangkok', 'samut_prakan'])
    expect(provinces[0]?.districts).toEqual([
      { value: 1002, label: 'ดุสิต · Dusit' },
      { value: 1007, label: 'ปทุมวัน · Pathum Wan' },
      { value: 1001, label: 'พระนคร · Phra Nakhon' },
    ])
    expect(provinces[1]?.districts).toEqual([{ value: 1101, label: 'เมืองสมุทรปราการ · Mueang Samut Prakan' }])
  })

  it('keeps a province with no districts, so the picker always shows both', () => {
    const { provinces } = areaOptions([phraNakhon], [])
    expect(provinces).toEqual([
      { province: 'bangkok', districts: [{ value: 1001, label: 'พระนคร · Phra Nakhon' }] },
      { province: 'samut_prakan', districts: [] },
    ])
  })

  it('offers only the places of kind "community", in Thai alphabetical order', () => {
    const thaiKriang = makePlace({ id: 'community-thai-kriang', kind: 'community', name: { th: 'ชุมชนไทยเกรียง' } })
    const { communities } = areaOptions([], [...PLACES, thaiKriang])
    expect(communities.map((option) => option.value)).toEqual(['community-thai-kriang', 'community-wat'])
    expect(communities[0]?.label).toBe('ชุมชนไทยเกรียง')
  })

  it('leaves the lists it is given in their order', () => {
    const districts = [phraNakhon, ...DISTRICTS]
    areaOptions(districts, PLACES)
    expect(districts[0]).toBe(phraNakhon)
  })
})
