import type { Place } from '@common/place'
import type { SecondSourceDistance, ValidationIssue } from '@common/validation'

/** Size of one written file. */
export interface OutputSize {
  file: string
  bytes: number
  gzipBytes: number
}

/** `file › feature › reason` in Thai, then the English reason and the rule id on the next line. */
export function formatIssue(issue: ValidationIssue): string {
  const feature = issue.featureId ?? (issue.index === undefined ? '(ทั้งไฟล์ / whole file)' : `#${issue.index}`)
  return `${issue.file} › ${feature} › ${issue.message.th}\n    ${issue.message.en} [${issue.rule}]`
}

/** Every issue, then a count, in both languages. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const count = `พบปัญหา ${issues.length} รายการ ยังไม่ได้สร้างชุดข้อมูล / ${issues.length} problem(s) found; no dataset was written.`
  return [...issues.map(formatIssue), '', count].join('\n')
}

/** How many places of each kind, verification status and visibility, and what was written. */
export function formatSummary(version: string, places: readonly Place[], outputs: readonly OutputSize[], removed: readonly string[]): string {
  const tally = (key: (p: Place) => string) =>
    [...places.reduce((m, p) => m.set(key(p), (m.get(key(p)) ?? 0) + 1), new Map<string, number>())]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
  return [
    `ชุดข้อมูล / dataset ${version}: ${places.length} places`,
    `  by kind: ${tally((p) => p.kind)}`,
    `  by verification: ${tally((p) => p.verification.status)}`,
    `  by visibility: ${tally((p) => p.visibility)}`,
    ...outputs.map((o) => `  ${o.file}: ${(o.bytes / 1024).toFixed(1)} KB (${(o.gzipBytes / 1024).toFixed(1)} KB gzip)`),
    ...removed.map((name) => `  removed stale ${name}`),
  ].join('\n')
}

/** Every pin that has a second source: how far apart they are, farthest first, against the pin's stated uncertainty. */
export function formatSecondSources(distances: readonly SecondSourceDistance[]): string {
  if (distances.length === 0) return 'แหล่งที่สอง / second sources: none'
  return [
    `แหล่งที่สอง / second sources: ${distances.length} pins compared (distance to the second source / stated uncertainty)`,
    ...distances.map((d) => `  ${d.placeId} ↔ ${d.source}: ${d.distanceM} m / ${d.toleranceM} m`),
  ].join('\n')
}
