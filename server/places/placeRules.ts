import { resolve } from 'node:path'
import { bangkokDay } from '@common/day'
import type { PlaceRulesContext } from '@common/validation'
import { loadSources } from '../../geo/build/load'

const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

let loading: Promise<Omit<PlaceRulesContext, 'today'>> | undefined

/**
 * What the shared place rules need besides the places: geo/'s district outlines and second sources,
 * read once (files shipped with the code, never changed while it runs), and today in Bangkok.
 */
export async function placeRulesContext(now: Date): Promise<PlaceRulesContext> {
  loading ??= loadSources({ geoDir: resolve(PROJECT_ROOT, 'geo'), boundariesDir: resolve(PROJECT_ROOT, 'geo/boundaries'), displayRoot: PROJECT_ROOT }).then((sources) => ({
    districts: sources.input.districts,
    secondSources: sources.input.secondSources ?? [],
  }))
  loading.catch(() => (loading = undefined))
  return { ...(await loading), today: bangkokDay(now) }
}
