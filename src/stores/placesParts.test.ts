import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import { loadStoredDataset, replaceDataset } from '@/data/datasetRepository'
import { fakeFetch, useFreshDatabase, type FakeRoute } from '@/data/testFixtures'
import { metaForDataset } from '@/domain/datasetUpdate'
import { makePlace, makeSplitDataset } from '@/domain/datasetUpdate.fixtures'
import type { Place } from '@common/place'
import { usePlacesStore, type PlacesStoreOptions } from './places'

const now = new Date('2026-11-24T08:00:00Z')
// Bangkok's box holds the map's start view; Samut Prakan lies south of it.
const bangkok = (id: string, th = id): Place => makePlace(id, { districtCode: 1002, name: { th }, location: id.endsWith('north') ? { lat: 13.9, lng: 100.4 } : { lat: 13.7, lng: 100.7 } })
const samutPrakan = (id: string, th = id): Place => makePlace(id, { districtCode: 1101, name: { th }, location: { lat: 13.55, lng: 100.6 } })
const v1 = makeSplitDataset('2026.11.01', [bangkok('bkk-north'), bangkok('bkk-east'), samutPrakan('spk-a')])
const v2 = makeSplitDataset('2026.11.24', [bangkok('bkk-north'), bangkok('bkk-east'), samutPrakan('spk-a', 'ชื่อใหม่')])

const database = useFreshDatabase()
beforeEach(() => {
  setActivePinia(createPinia())
})

function served(split: typeof v1): Record<string, FakeRoute> {
  return {
    '/data/manifest.json': { status: 200, body: JSON.stringify(split.manifest) },
    ...Object.fromEntries([...split.files].map(([name, body]) => [`/data/${name}`, { status: 200, body }])),
    // The whole file is there for apps from before the split; this app never needs it.
    [`/data/${split.manifest.file}`]: { status: 200, body: JSON.stringify(split.dataset) },
  }
}

function startWith(routes: Record<string, FakeRoute>, options: PlacesStoreOptions = {}) {
  setActivePinia(createPinia())
  const network = fakeFetch(routes)
  const store = usePlacesStore()
  const started = store.start({ db: database(), fetch: network.fetch, baseUrl: '/', storage: null, now: () => now, ...options })
  return { store, started, requested: network.requested }
}

const partUrl = (split: typeof v1, province: number) => `/data/${split.manifest.parts!.find((part) => part.province === province)!.file}`
const names = (places: readonly Place[]) => places.map((place) => place.name.th).sort()

describe('usePlacesStore with a dataset split by province', () => {
  it('on a first visit fetches the common file and the start view’s province first, draws it, then the rest; never the whole file', async () => {
    let releaseSamutPrakan: () => void = () => undefined
    const held = new Promise<void>((resolve) => (releaseSamutPrakan = resolve))
    const network = fakeFetch(served(v1))
    const { store, started, requested } = startWith({}, {
      fetch: async (input, init) => {
        if (String(input) === partUrl(v1, 11)) await held
        return network.fetch(input, init)
      },
    })
    await vi.waitFor(() => expect(names(store.places)).toEqual(['bkk-east', 'bkk-north']))
    expect(store.status.placeCount).toBe(2)
    releaseSamutPrakan()
    await started

    expect(network.requested).toEqual(['/data/manifest.json', `/data/${v1.manifest.common!.file}`, partUrl(v1, 10), partUrl(v1, 11)])
    expect(requested).toEqual([])
    expect(names(store.places)).toEqual(['bkk-east', 'bkk-north', 'spk-a'])
    expect(store.districts).toEqual(v1.dataset.districts)
    expect(store.hotlines).toEqual(v1.dataset.hotlines)
    expect(store.status).toMatchObject({ phase: 'ready', version: v1.dataset.version, placeCount: 3 })
    expect(store.status.message).toBeUndefined()
    const stored = await loadStoredDataset(database())
    expect(names(stored!.places)).toEqual(['bkk-east', 'bkk-north', 'spk-a'])
    expect(stored!.meta.split!.parts.map((part) => part.hash)).toEqual(v1.manifest.parts!.map((part) => part.hash))
  })

  it("keeps a workshop's demo mark, which only the common file carries, also when a later visit fetches just one part", async () => {
    const demo1 = makeSplitDataset('2026.11.01', [bangkok('bkk-north'), samutPrakan('spk-a')], { demo: true })
    const demo2 = makeSplitDataset('2026.11.24', [bangkok('bkk-north'), samutPrakan('spk-a', 'ชื่อใหม่')], { demo: true })
    const first = startWith(served(demo1))
    await first.started
    expect(first.store.demo).toBe(true)

    const later = startWith(served(demo2))
    await later.started
    expect(later.requested).toEqual(['/data/manifest.json', partUrl(demo2, 11)])
    expect(later.store.demo).toBe(true)
  })

  it('on a later visit fetches only the part that changed', async () => {
    await startWith(served(v1)).started
    const { store, started, requested } = startWith(served(v2))
    await started
    expect(requested).toEqual(['/data/manifest.json', partUrl(v2, 11)])
    expect(names(store.places)).toEqual(['bkk-east', 'bkk-north', 'ชื่อใหม่'])
    expect(store.status).toMatchObject({ phase: 'ready', version: v2.dataset.version })
    expect((await loadStoredDataset(database()))!.meta.version).toBe(v2.dataset.version)

    const again = startWith(served(v2))
    await again.started
    expect(again.requested).toEqual(['/data/manifest.json'])
  })

  it('keeps what it got when the connection drops half-way, says which area is missing (offline too), and later fetches only that one', async () => {
    const cut = { ...served(v1), [partUrl(v1, 11)]: 'offline' as const }
    const first = startWith(cut)
    await first.started
    expect(names(first.store.places)).toEqual(['bkk-east', 'bkk-north'])
    expect(first.store.status.phase).toBe('ready')
    expect(first.store.status.message?.th).toMatch(/^ยังไม่ได้ดาวน์โหลดข้อมูลบางพื้นที่: สมุทรปราการ /)

    const offline = startWith({ '/data/manifest.json': 'offline' })
    await offline.started
    expect(names(offline.store.places)).toEqual(['bkk-east', 'bkk-north'])
    expect(offline.store.status.message?.en).toMatch(/^Some areas are not downloaded yet: Samut Prakan\./)

    const online = startWith(served(v1))
    await online.started
    expect(online.requested).toEqual(['/data/manifest.json', partUrl(v1, 11)])
    expect(names(online.store.places)).toEqual(['bkk-east', 'bkk-north', 'spk-a'])
    expect(online.store.status.message).toBeUndefined()
  })

  it('refuses a part that does not match its hash, and keeps the stored places', async () => {
    await startWith(served(v1)).started
    const tampered = JSON.stringify({ ...v2.part(11), places: [samutPrakan('spk-a', 'ปลอม')] })
    const { store, started } = startWith({ ...served(v2), [partUrl(v2, 11)]: { status: 200, body: tampered } })
    await started
    expect(names(store.places)).toEqual(['bkk-east', 'bkk-north', 'spk-a'])
    expect(store.status.message?.en).toMatch(/couldn't be updated/)
    expect((await loadStoredDataset(database()))!.meta.version).toBe(v1.dataset.version)
  })

  it('takes a dataset stored whole before the split as current when its hash is the manifest’s: nothing is fetched again', async () => {
    await replaceDataset(database(), v1.dataset, metaForDataset(v1.dataset, now))
    const { started, requested } = startWith(served(v1))
    await started
    expect(requested).toEqual(['/data/manifest.json'])
  })

  it('on a warm start draws the start view’s province from the phone first, then every place; a refresh asked meanwhile waits for them', async () => {
    const mostlyElsewhere = makeSplitDataset('2026.11.01', [bangkok('bkk-east'), samutPrakan('spk-a'), samutPrakan('spk-b')])
    await startWith(served(mostlyElsewhere)).started
    const { store, started, requested } = startWith(served(mostlyElsewhere))
    const drawn: string[][] = []
    watch(() => store.places, (places) => drawn.push(names(places)), { flush: 'sync' })
    const refreshed = store.refresh()
    await Promise.all([started, refreshed])

    expect(drawn).toEqual([['bkk-east'], ['bkk-east', 'spk-a', 'spk-b']])
    expect(requested).toEqual(['/data/manifest.json'])
    expect(store.status).toMatchObject({ phase: 'ready', placeCount: 3 })
  })
})
