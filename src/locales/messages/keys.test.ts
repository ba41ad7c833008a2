import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '@/locales'

// The files are read as plain JSON here: imported, they arrive compiled by the i18n build plugin.
// Vitest runs from the project root.
const folder = join(process.cwd(), 'src/locales/messages')
const FILE = /^(.+)\.(th|en)\.json$/
const files = readdirSync(folder).filter((name) => FILE.test(name))
const features = [...new Set(files.map((name) => FILE.exec(name)?.[1] ?? ''))].sort()

type Tree = { [key: string]: string | string[] | Tree }

function read(feature: string, locale: string): Tree {
  return JSON.parse(readFileSync(join(folder, `${feature}.${locale}.json`), 'utf8')) as Tree
}

/** Every message as [dotted key, text or list of texts]. */
function leaves(tree: Tree, prefix = ''): Array<[string, string | string[]]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' || Array.isArray(value) ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  )
}

const keysOf = (tree: Tree) => leaves(tree).map(([key]) => key).sort()
const placeholders = (text: string | string[]) => [...new Set([text].flat().join(' ').match(/\{\w+\}/g) ?? [])].sort()

describe('message files', () => {
  it('exist for every feature in every language', () => {
    expect(features.length).toBeGreaterThan(0)
    for (const feature of features) for (const locale of LOCALES) expect(files).toContain(`${feature}.${locale}.json`)
  })

  it.each(features)('%s: English has exactly the keys Thai has', (feature) => {
    expect(keysOf(read(feature, 'en'))).toEqual(keysOf(read(feature, 'th')))
  })

  it.each(features)('%s: every message is non-empty text (lists too) and names the same placeholders in both languages', (feature) => {
    const english = new Map(leaves(read(feature, 'en')))
    for (const [key, thai] of leaves(read(feature, 'th'))) {
      for (const text of [thai, english.get(key) ?? '']) {
        const texts = [text].flat()
        expect(texts.length, key).toBeGreaterThan(0)
        for (const line of texts) expect(line.trim(), key).not.toBe('')
      }
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(thai))
    }
  })

  it('never give one key to two features, so merging them cannot overwrite a word', () => {
    const owners = new Map<string, string>()
    for (const feature of features) {
      for (const key of keysOf(read(feature, 'th'))) {
        expect(owners.get(key), `${key} in ${feature}`).toBeUndefined()
        owners.set(key, feature)
      }
    }
  })
})

// The pages that are not the resident's app, each its own entry: the staff page and the workshop's presenter page.
const SEPARATE_PAGE_FOLDERS = new Set(['staff', 'presenter'])

/** Source files of the resident app: everything under src/ but the separate pages' folders. */
function residentSources(dir = join(process.cwd(), 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return SEPARATE_PAGE_FOLDERS.has(entry.name) && dir.endsWith('src') ? [] : residentSources(path)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

// Features whose words only the staff or presenter page loads: a coordinator's or trainer's screen may say "report".
const residentText = residentSources().map((file) => readFileSync(file, 'utf8')).join('\n')
const STAFF_PAGE_FEATURES = new Set(features.filter((feature) => !new RegExp(`messages/${feature}(\\.(th|en)\\.json)?['"]`).test(residentText) && feature !== 'report'))

describe('the hidden form stays hidden', () => {
  it('knows which features only the staff page loads', () => {
    expect([...STAFF_PAGE_FEATURES].sort()).toEqual(['desk', 'placesImport', 'presenter', 'review', 'staff'])
  })


  // The private help form is reached only by tapping the logo; no other words may name it.
  // "แจ้งความ / Report to the police" is a police station's service, not the form.
  const SERVICE_LABEL = 'service.police_report'
  const namesAReport = (text: string) => /รายงาน/.test(text) || /\breport/i.test(text)

  it.each(features.filter((feature) => feature !== 'report' && !STAFF_PAGE_FEATURES.has(feature)))('%s never mentions a report', (feature) => {
    for (const locale of LOCALES) {
      const mentions = leaves(read(feature, locale))
        .filter(([key]) => !key.endsWith(SERVICE_LABEL))
        .filter(([, text]) => [text].flat().some(namesAReport))
      expect(mentions.map(([key]) => `${locale}: ${key}`)).toEqual([])
    }
  })
})
