import { describe, expect, it } from 'vitest'
import { PLACE_KINDS, SERVICES } from '@common/place'
import { searchVocabulary } from './searchWords'

describe('searchVocabulary', () => {
  it('holds the words the screen shows for every kind and service, in Thai and English', () => {
    const { kinds, services } = searchVocabulary()
    expect(kinds.oscc_hospital).toEqual(['โรงพยาบาลที่มีศูนย์พึ่งได้ (OSCC)', 'Hospital with a One Stop Crisis Centre (OSCC)', 'ศูนย์พึ่งได้', 'OSCC'])
    expect(services.forensic_exam).toEqual(['ตรวจร่างกายและเก็บหลักฐาน', 'Medical examination and evidence'])
    for (const words of [...PLACE_KINDS.map((kind) => kinds[kind]), ...SERVICES.map((service) => services[service])]) {
      expect(words.length).toBeGreaterThanOrEqual(2)
      for (const word of words) expect(word).not.toMatch(/^(places|finding)\./)
    }
  })

  it('is built once', () => {
    expect(searchVocabulary()).toBe(searchVocabulary())
  })
})
