// `npm run geo:build`: validate geo/ and write public/data/. Exits 1 with every problem listed if any.
import { resolve } from 'node:path'
import { runBuild } from './build'
import { formatIssues, formatSecondSources, formatSummary } from './report'

const projectRoot = resolve(import.meta.dirname, '../..')
const result = await runBuild({
  geoDir: resolve(projectRoot, 'geo'),
  boundariesDir: resolve(projectRoot, 'geo/boundaries'),
  outDir: resolve(projectRoot, 'public/data'),
  displayRoot: projectRoot,
})
if (result.ok) {
  console.log(formatSummary(result.manifest.version, result.dataset.places, result.outputs, result.removed))
  console.log(formatSecondSources(result.secondSources))
} else {
  console.error(formatIssues(result.issues))
  process.exitCode = 1
}
