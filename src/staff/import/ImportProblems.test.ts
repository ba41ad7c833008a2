import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createFeatureI18n } from '@/locales'
import placesImport from '@/locales/messages/placesImport'
import review from '@/locales/messages/review'
import { checkImport } from '@common/placesImport'
import { csvText, goodRow, IMPORT_DISTRICTS, PUBLISHED, TODAY } from '../../../tests/unit/fixtures/placesImport'
import ImportProblems from './ImportProblems.vue'
import { readPlacesFile } from './readPlacesFile'

function mountFor(rows: Parameters<typeof csvText>[0]) {
  const read = readPlacesFile(new TextEncoder().encode(csvText(rows)), 'mixed.csv', TODAY)
  const checked = checkImport(read.records, { districts: IMPORT_DISTRICTS, published: PUBLISHED, today: TODAY })
  return mount(ImportProblems, { props: { fileProblems: read.fileProblems, rows: checked }, global: { plugins: [createFeatureI18n([review, placesImport])] } })
}

describe('ImportProblems', () => {
  it('lists every problem of a mixed file by row and column, with its reason in Thai and English, errors apart from warnings', () => {
    const wrapper = mountFor([
      goodRow('police-good'),
      goodRow('police-swapped', { lat: '100.52', lng: '13.79' }),
      goodRow('police-phone', { lat: '13.79', lng: '100.53', phone_1: '02 12', name_en: '  ' }),
    ])
    const problems = wrapper.findAll('[data-testid="import-problem"]')
    expect(problems.map((p) => [p.attributes('data-row'), p.attributes('data-column'), p.attributes('data-severity')])).toEqual([
      ['3', 'lat', 'error'],
      ['4', 'phone_1', 'error'],
      ['4', 'name_en', 'warning'],
    ])
    const swapped = problems[0]?.text() ?? ''
    expect(swapped).toContain('แถว 3')
    expect(swapped).toContain('ละติจูด')
    expect(swapped).toContain('Latitude and longitude look swapped')
    expect(swapped).toContain('ไม่นำเข้าแถวนี้')
    expect(problems[2]?.text()).toContain('can be imported')
    expect(wrapper.get('[data-testid="import-summary"]').text()).toContain('3 แถว: เพิ่ม 1, แก้ไข 0, ไม่เปลี่ยน 0, มีข้อผิดพลาด 2')
  })

  it('says so when a file has no problem', () => {
    const wrapper = mountFor([goodRow('police-good')])
    expect(wrapper.find('[data-testid="import-problem"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="import-no-problems"]').text()).toContain('No problems found')
  })
})
