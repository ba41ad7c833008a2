import { resolve } from 'node:path'
import { canonicalJson } from '@common/canonicalJson'
import { publishDataset, type DatasetContent } from '@common/dataset'
import type { Dataset } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import { buildDataset } from '../../geo/build/build'
import { sha256Hex } from '../../geo/build/hash'
import { formatIssues } from '../../geo/build/report'

const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

/** Where the fictional places live (server/workshop/demoData/README.md says why not under geo/). */
export const DEMO_DATA_DIR = resolve(import.meta.dirname, 'demoData')

/** The workshop's fictional places and the dataset published from them (`demo: true`). */
export interface DemoDataset {
  places: SourcePlace[]
  dataset: Dataset
}

/** Marks published content as the workshop's practice data; the hash covers the mark, so a phone cannot mix it up with real data. */
export function asDemoContent(content: DatasetContent): DatasetContent {
  return { ...content, demo: true }
}

/**
 * Validates the demo places with every rule of `npm run geo:build` (the real district outlines and
 * the real hotlines) and publishes them as a demo dataset. Throws, listing every problem, when they fail.
 */
export async function buildDemoDataset(projectRoot: string = PROJECT_ROOT, demoDir: string = DEMO_DATA_DIR): Promise<DemoDataset> {
  const built = await buildDataset({
    geoDir: demoDir,
    boundariesDir: resolve(projectRoot, 'geo/boundaries'),
    hotlinesPath: resolve(projectRoot, 'geo/hotlines.json'),
    displayRoot: projectRoot,
  })
  if (!built.ok) throw new Error(`The workshop's demo places do not pass validation:\n${formatIssues(built.issues)}`)
  const { places, districts, hotlines, attribution } = built.dataset
  const demoContent = asDemoContent({ places, districts, hotlines, attribution })
  return { places: built.places, dataset: publishDataset(demoContent, sha256Hex(canonicalJson(demoContent))).dataset }
}
