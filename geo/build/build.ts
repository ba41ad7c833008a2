import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildBasemap, type Basemap } from '@common/basemap'
import { buildContextLines } from '@common/basemapLines'
import { canonicalJson } from '@common/canonicalJson'
import { datasetContent, publishDataset } from '@common/dataset'
import { splitDataset } from '@common/datasetParts'
import type { Dataset, DatasetManifest } from '@common/place'
import type { SourcePlace } from '@common/placeSource'
import { validateSources, type SecondSourceDistance, type ValidationIssue } from '@common/validation'
import { sha256Hex } from './hash'
import { loadSources, type SourcePaths } from './load'
import type { OutputSize } from './report'
import { ensureDir, removeStaleDatasets, writeFileAtomic } from './write'

export interface BuildOptions extends SourcePaths {
  /** Where manifest.json, dataset.<hash8>.json and basemap.json go (normally public/data). */
  outDir: string
}

export type BuildResult =
  | { ok: false; issues: ValidationIssue[] }
  | { ok: true; dataset: Dataset; manifest: DatasetManifest; outputs: OutputSize[]; removed: string[]; secondSources: SecondSourceDistance[] }

/** The validated sources, the dataset published from them and its manifest (nothing written). */
export type BuiltDataset =
  | { ok: false; issues: ValidationIssue[] }
  | { ok: true; places: SourcePlace[]; dataset: Dataset; manifest: DatasetManifest; basemap: Basemap; secondSources: SecondSourceDistance[] }

/** Validates geo/ and publishes the dataset in memory: used by `runBuild` and the server's first start. */
export async function buildDataset(paths: SourcePaths): Promise<BuiltDataset> {
  const sources = await loadSources(paths)
  const validation = validateSources(sources.input)
  const issues = [...sources.issues, ...(validation.ok ? [] : validation.issues)]
  if (!validation.ok || issues.length > 0) return { ok: false, issues }

  const content = datasetContent(validation.places, sources.outlines, validation.hotlines, sources.attribution)
  const { dataset, manifest } = publishDataset(content, sha256Hex(canonicalJson(content)))
  const basemap = buildBasemap(sources.outlines, buildContextLines(sources.contextLines))
  return { ok: true, places: validation.places, dataset, manifest, basemap, secondSources: validation.secondSources }
}

/** Validates geo/ and, only if nothing is wrong, writes the dataset, its manifest and the basemap. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const built = await buildDataset(options)
  if (!built.ok) return built
  const { dataset, basemap, secondSources } = built
  // The same files the server publishes (server/db/datasets.ts): the whole dataset and its province parts.
  const { manifest, files: parts } = splitDataset(dataset, built.manifest, sha256Hex)
  const files: Array<[string, string]> = [
    // The dataset first and the manifest last, so a manifest never names a file that is not there yet.
    [manifest.file, canonicalJson(dataset)],
    ...parts.map(({ name, body }): [string, string] => [name, body]),
    ['basemap.json', JSON.stringify(basemap)],
    ['manifest.json', `${JSON.stringify(manifest, null, 2)}\n`],
  ]
  await ensureDir(options.outDir)
  const outputs: OutputSize[] = []
  for (const [name, text] of files) {
    const path = join(options.outDir, name)
    await writeFileAtomic(path, text)
    outputs.push({ file: relative(options.displayRoot, path), bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length })
  }
  const removed = await removeStaleDatasets(options.outDir, [manifest.file, ...parts.map(({ name }) => name)])
  return { ok: true, dataset, manifest, outputs, removed, secondSources }
}
