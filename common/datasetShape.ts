import {
  AUDIENCES,
  PLACE_KINDS,
  PLACE_ORIGINS,
  SERVICES,
  VISIBILITIES,
  type District,
  type Hotline,
  type Place,
} from './place'
import { CHECKED_FACTS } from './volunteer/api'
import { isFiniteNumber, isIsoDate, isLocalizedText, isNonBlankString, isOneOf, isRecord, isSetOf } from './validation/guards'
import { isWeeklyHours } from './validation/openingHours'
import { MAX_UNCERTAINTY_M } from './validation/fields'

/**
 * The largest dataset file the app accepts, in bytes: 5 MiB, about 40 times today's (120 KB for 139
 * places). A bigger one is refused before it is read, and the data already stored stays.
 */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024

// Each check returns undefined when the value fits, or a short English description of the first
// thing that does not (for developers; people see a LocalizedText status instead).
type Problem = string | undefined

function firstProblem(checks: ReadonlyArray<readonly [boolean, string]>): Problem {
  return checks.find(([ok]) => !ok)?.[1]
}

function phonesProblem(phones: unknown): Problem {
  if (!Array.isArray(phones)) return 'phones is not a list'
  const bad = phones.findIndex(
    (phone) =>
      !isRecord(phone) ||
      !isNonBlankString(phone.e164) ||
      !isNonBlankString(phone.display) ||
      (phone.label !== undefined && !isLocalizedText(phone.label)),
  )
  return bad === -1 ? undefined : `phones[${bad}] is not a phone`
}

function isHours(value: unknown): boolean {
  return (
    isRecord(value) &&
    (value.kind === '24h' || (value.kind === 'text' && isLocalizedText(value.text) && (value.weekly === undefined || isWeeklyHours(value.weekly))))
  )
}

function isLocation(value: unknown): boolean {
  return (
    isRecord(value) &&
    isFiniteNumber(value.lat) &&
    isFiniteNumber(value.lng) &&
    (value.uncertaintyM === undefined || (isFiniteNumber(value.uncertaintyM) && value.uncertaintyM >= 0 && value.uncertaintyM <= MAX_UNCERTAINTY_M))
  )
}

function isFactChecks(value: unknown): boolean {
  return isRecord(value) && Object.entries(value).every(([fact, day]) => isOneOf(CHECKED_FACTS, fact) && isIsoDate(day))
}

function isVerification(value: unknown): boolean {
  if (!isRecord(value)) return false
  if (value.status === 'verified') return isNonBlankString(value.verifiedAt) && isNonBlankString(value.source)
  return value.status === 'unverified'
}

/** Why a value is not a publishable Place (undefined when it is one). */
function placeProblem(value: unknown): Problem {
  if (!isRecord(value)) return 'is not an object'
  const mustNotBePinned = value.visibility === 'hidden' || value.kind === 'shelter'
  return firstProblem([
    [isNonBlankString(value.id), 'id is missing'],
    [isOneOf(PLACE_KINDS, value.kind), 'kind is not a known kind'],
    [isLocalizedText(value.name), 'name needs Thai text'],
    [value.address === undefined || isLocalizedText(value.address), 'address is not localized text'],
    [Number.isInteger(value.districtCode), 'districtCode is not an integer'],
    [value.hours === undefined || isHours(value.hours), 'hours is not 24h or text'],
    [Array.isArray(value.services) && value.services.every((s) => isOneOf(SERVICES, s)), 'services has an unknown service'],
    [value.servesOnly === undefined || isSetOf(AUDIENCES, value.servesOnly), 'servesOnly is not a list of known audiences'],
    [isOneOf(VISIBILITIES, value.visibility), 'visibility is not exact, approximate or hidden'],
    [value.location === null || isLocation(value.location), 'location is not null or a lat/lng'],
    // A shelter's or hidden place's whereabouts must never reach the phone, even from a faulty build.
    [!mustNotBePinned || (value.location === null && value.address === undefined), 'a hidden place or shelter has a location or address'],
    [value.visibility === 'hidden' || value.location !== null, 'a visible place has no location'],
    [isVerification(value.verification), 'verification is not verified/unverified'],
    [isOneOf(PLACE_ORIGINS, value.origin), 'origin is not a known origin'],
    [value.note === undefined || isLocalizedText(value.note), 'note is not localized text'],
    [value.checks === undefined || isFactChecks(value.checks), 'checks is not a day per checked fact'],
    [typeof value.updatedAt === 'string', 'updatedAt is missing'],
  ]) ?? phonesProblem(value.phones)
}

/** Why a value is not a District (undefined when it is one). */
function districtProblem(value: unknown): Problem {
  if (!isRecord(value)) return 'is not an object'
  return firstProblem([
    [Number.isInteger(value.code), 'code is not an integer'],
    [value.province === 'bangkok' || value.province === 'samut_prakan', 'province is not bangkok or samut_prakan'],
    [isLocalizedText(value.name), 'name needs Thai text'],
  ])
}

/** Why a value is not a Hotline (undefined when it is one). */
function hotlineProblem(value: unknown): Problem {
  if (!isRecord(value)) return 'is not an object'
  const common = firstProblem([
    [isNonBlankString(value.id), 'id is missing'],
    [isLocalizedText(value.name), 'name needs Thai text'],
    [isLocalizedText(value.purpose), 'purpose needs Thai text'],
    [typeof value.hours24 === 'boolean', 'hours24 is not true/false'],
    [typeof value.source === 'string', 'source is missing'],
  ])
  if (common) return common
  if (value.kind === 'phone') return isNonBlankString(value.number) ? undefined : 'number is missing'
  if (value.kind === 'line') {
    return isNonBlankString(value.account) && isNonBlankString(value.url) ? undefined : 'LINE account or url is missing'
  }
  return 'kind is not phone or line'
}

// Ids and codes become IndexedDB primary keys, so a repeat would silently drop a record.
function listProblem<T>(
  name: string,
  value: unknown,
  itemProblem: (item: unknown) => Problem,
  keyOf: (item: T) => string | number,
): Problem {
  if (!Array.isArray(value)) return `${name} is not a list`
  const seen = new Set<string | number>()
  for (const [index, item] of value.entries()) {
    const problem = itemProblem(item)
    if (problem) return `${name}[${index}] ${problem}`
    const key = keyOf(item as T)
    if (seen.has(key)) return `${name}[${index}] repeats ${String(key)}`
    seen.add(key)
  }
  return undefined
}

/** Why a value is not a list of Places with unique ids (undefined when it is). */
export function placesProblem(value: unknown): Problem {
  return listProblem('places', value, placeProblem, (place: Place) => place.id)
}

/** Why a value is not a list of Districts with unique codes (undefined when it is). */
export function districtsProblem(value: unknown): Problem {
  return listProblem('districts', value, districtProblem, (district: District) => district.code)
}

/** Why a value is not a list of Hotlines with unique ids (undefined when it is). */
export function hotlinesProblem(value: unknown): Problem {
  return listProblem('hotlines', value, hotlineProblem, (hotline: Hotline) => hotline.id)
}
