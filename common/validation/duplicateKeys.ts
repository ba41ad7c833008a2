import { isRecord } from './guards'
import { fileIssue, itemIssue, type ValidationIssue } from './issue'

/** Where a value sits in a JSON document: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[]

/** A key written twice in one JSON object (JSON.parse silently keeps the last value). */
export interface DuplicateKey {
  /** The path of the object holding the key twice. */
  objectPath: JsonPath
  key: string
}

type Frame = { kind: 'object'; keys: Set<string>; key: string | null; expectingKey: boolean } | { kind: 'array'; index: number }

/** The end (exclusive) of the JSON string starting with the quote at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1
  while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1
  return at + 1
}

/**
 * Every key repeated within one object of `text`, which must already be valid JSON (JSON.parse
 * succeeded). Whitespace, numbers, true, false and null hold nothing that opens, closes or separates.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const frames: Frame[] = []
  const pathOfTop = (): JsonPath =>
    frames.slice(0, -1).map((frame) => (frame.kind === 'object' ? (frame.key ?? '') : frame.index))
  for (let at = 0; at < text.length; ) {
    const char = text[at] as string
    const top = frames.at(-1)
    if (char === '"') {
      const end = stringEnd(text, at)
      if (top?.kind === 'object' && top.expectingKey) {
        const key = JSON.parse(text.slice(at, end)) as string
        if (top.keys.has(key)) found.push({ objectPath: pathOfTop(), key })
        top.keys.add(key)
        top.key = key
      }
      at = end
      continue
    }
    if (char === '{') frames.push({ kind: 'object', keys: new Set(), key: null, expectingKey: true })
    else if (char === '[') frames.push({ kind: 'array', index: 0 })
    else if (char === '}' || char === ']') frames.pop()
    else if (char === ':' && top?.kind === 'object') top.expectingKey = false
    else if (char === ',' && top?.kind === 'object') top.expectingKey = true
    else if (char === ',' && top?.kind === 'array') top.index += 1
    at += 1
  }
  return found
}

/** A path written as in JavaScript: `features[3].properties.visibility`. */
export function formatJsonPath(path: JsonPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('')
}

/** The feature (GeoJSON `features[i]`) or list item (a top-level array's `[i]`) a path lies in, with its id. */
function itemAt(path: JsonPath, content: unknown): { index: number; id?: string } | undefined {
  const [first, second] = path
  const index = typeof first === 'number' ? first : first === 'features' && typeof second === 'number' ? second : undefined
  if (index === undefined) return undefined
  const list = typeof first === 'number' ? content : isRecord(content) ? content.features : undefined
  const item: unknown = Array.isArray(list) ? list[index] : undefined
  const id = isRecord(item) ? (isRecord(item.properties) ? item.properties.id : item.id) : undefined
  return typeof id === 'string' && id !== '' ? { index, id } : { index }
}

/**
 * One issue per key written twice in a source file's JSON text, pointing at the feature or list item
 * it is in. `content` is the parsed text.
 */
export function duplicateKeyIssues(file: string, text: string, content: unknown): ValidationIssue[] {
  return findDuplicateKeys(text).map(({ objectPath, key }) => {
    const where = formatJsonPath([...objectPath, key])
    const th = `คีย์ "${key}" เขียนซ้ำสองครั้งใน ${where}: JSON จะใช้ค่าหลังสุดโดยไม่แจ้ง ลบค่าที่ไม่ใช่ออกให้เหลือค่าเดียว`
    const en = `The key "${key}" is written twice at ${where}: JSON silently keeps the last value. Delete the wrong one so only one is left`
    const item = itemAt(objectPath, content)
    return item ? itemIssue({ file, ...item }, 'json.duplicate-key', th, en) : fileIssue(file, 'json.duplicate-key', th, en)
  })
}
