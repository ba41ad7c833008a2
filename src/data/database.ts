import Dexie, { type EntityTable, type Transaction } from 'dexie'
import type { DatasetMeta } from '@/domain/datasetUpdate'
import type { District, Hotline, Place } from '@common/place'
import type { OutboxEntry } from '@/domain/report/outboxEntry'

export const DATABASE_NAME = 'safe-space-map'

/** The one meta row this app keeps: what is known about the stored dataset. */
export const DATASET_META_KEY = 'dataset'
export type DatasetMetaRow = DatasetMeta & { key: typeof DATASET_META_KEY }

/** Hotlines keep the dataset's order (1300 first), which their ids cannot give. */
export type HotlineRow = Hotline & { position: number }

export interface SettingRow {
  key: string
  value: unknown
}

// Every schema version ever shipped stays declared: Dexie needs them to upgrade an old phone.
/** Version 1: districts and hotlines lived inside the meta row. */
export const SCHEMA_V1 = {
  places: 'id, kind, districtCode',
  meta: 'key',
  settings: 'key',
} as const

/** Version 2: districts and hotlines get their own tables. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  districts: 'code',
  hotlines: 'id, position',
} as const

/** Version 3: encrypted envelopes waiting to be delivered (never plaintext). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  outbox: 'id, createdAt',
} as const

/** The v1 meta row as it was stored. */
export type DatasetMetaRowV1 = DatasetMetaRow & { districts?: District[]; hotlines?: Hotline[] }

async function moveDistrictsAndHotlinesOutOfMeta(tx: Transaction): Promise<void> {
  const row = (await tx.table('meta').get(DATASET_META_KEY)) as DatasetMetaRowV1 | undefined
  if (!row) return
  const { districts = [], hotlines = [], ...meta } = row
  await tx.table('districts').bulkPut(districts)
  await tx.table('hotlines').bulkPut(hotlines.map((hotline, position) => ({ ...hotline, position })))
  await tx.table('meta').put(meta)
}

/** The app's IndexedDB database. Tables hold plain records only; nothing here is reactive. */
export class SafeSpaceDb extends Dexie {
  places!: EntityTable<Place, 'id'>
  districts!: EntityTable<District, 'code'>
  hotlines!: EntityTable<HotlineRow, 'id'>
  meta!: EntityTable<DatasetMetaRow, 'key'>
  settings!: EntityTable<SettingRow, 'key'>
  outbox!: EntityTable<OutboxEntry, 'id'>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2).upgrade(moveDistrictsAndHotlinesOutOfMeta)
    this.version(3).stores(SCHEMA_V3)
  }
}

let shared: SafeSpaceDb | undefined

/** The app-wide database instance, created on first use (Dexie opens it on the first query). */
export function appDatabase(): SafeSpaceDb {
  shared ??= new SafeSpaceDb()
  return shared
}
