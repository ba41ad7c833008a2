// One-off derivation of this folder from the project's read-only geo-sources copy.
// Usage: npx tsx geo/boundaries/derive.ts /work/shared/geo-sources
// Geometry is copied unchanged; only properties are replaced by the 4-digit district `code`.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

interface SourceFeature {
  type: 'Feature'
  properties: Record<string, string>
  geometry: unknown
}

const sourceDir = process.argv[2]
if (!sourceDir) throw new Error('usage: tsx geo/boundaries/derive.ts <geo-sources dir>')
const outDir = import.meta.dirname

const readFeatures = (path: string): SourceFeature[] =>
  (JSON.parse(readFileSync(join(sourceDir, path), 'utf8')) as { features: SourceFeature[] }).features

const districtRows = readFileSync(join(sourceDir, 'admin-codes/districts.dhanabhon.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').map((field) => field.replace(/^"|"$/g, '')))
  .map(([, provinceId = '', , code = '', nameTh = '', nameEn = '']) => ({ provinceId, code: Number(code), nameTh, nameEn }))
  .filter((row) => row.provinceId === '1' || row.provinceId === '2')
if (districtRows.length !== 56) throw new Error(`expected 56 districts, found ${districtRows.length}`)

const collection = (features: unknown[]): string =>
  '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n'

const bangkok = readFeatures('boundaries/bangkok-districts.simplified.geojson')
  .map((f) => ({ type: 'Feature', properties: { code: Number(f.properties.dcode) }, geometry: f.geometry }))
  .sort((a, b) => a.properties.code - b.properties.code)
writeFileSync(join(outDir, 'bangkok-khet.geojson'), collection(bangkok))

const samutPrakan = readFeatures('boundaries/bangkok-samutprakan-districts.ocha.geojson')
  .filter((f) => f.properties.ADM1_EN === 'Samut Prakan')
  .map((f) => {
    const row = districtRows.find((r) => r.provinceId === '2' && r.nameTh === f.properties.ADM2_TH)
    if (!row) throw new Error(`no district code for ${f.properties.ADM2_TH}`)
    return { type: 'Feature', properties: { code: row.code }, geometry: f.geometry }
  })
  .sort((a, b) => a.properties.code - b.properties.code)
if (samutPrakan.length !== 6) throw new Error(`expected 6 Samut Prakan amphoe, found ${samutPrakan.length}`)
writeFileSync(join(outDir, 'samut-prakan-amphoe.geojson'), collection(samutPrakan))

const csvLines = districtRows.map((r) => {
  const province = r.provinceId === '1' ? 'bangkok' : 'samut_prakan'
  if (/[",]/.test(r.nameTh + r.nameEn)) throw new Error(`name needs CSV quoting: ${r.nameTh} ${r.nameEn}`)
  return `${r.code},${province},${r.nameTh},${r.nameEn}`
})
writeFileSync(join(outDir, 'districts.csv'), ['code,province,name_th,name_en', ...csvLines].join('\n') + '\n')
