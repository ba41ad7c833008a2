import type { FastifyInstance, FastifyReply } from 'fastify'
import Papa from 'papaparse'
import type { SourcePlace } from '@common/placeSource'
import { sourceFileText } from '@common/sourceFiles'
import { PLACE_COLUMNS, columnHeader, placesTable } from '@common/placesCsv'
import { STAFF_API_PREFIX, signedInAccount } from '../auth/access'
import { recordAudit } from '../auth/audit'

const api = (path: string) => `${STAFF_API_PREFIX}export/${path}`
const COORDINATORS = { staffAccess: ['coordinator', 'admin'] } as const

// The byte-order mark makes Excel read the file as UTF-8: without it, Excel in Thai reads Windows-874 and shows mojibake.
const BOM = '\uFEFF'

/** CSV text as Excel in Thai opens it: UTF-8 with a BOM, CRLF line ends, papaparse's quoting. */
export function csvFileText(table: string[][]): string {
  return BOM + Papa.unparse(table, { newline: '\r\n' })
}

/** The working set of places (what the published dataset is made from), in id order. */
async function workingPlaces(app: FastifyInstance): Promise<SourcePlace[]> {
  const rows = await app.db.selectFrom('places').select('source').orderBy('id').execute()
  return rows.map((row) => row.source)
}

function sendFile(reply: FastifyReply, fileName: string, contentType: string, body: string): FastifyReply {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(body)
}

/**
 * Export for coordinators: every place as CSV, and as GeoJSON written as geo/places/ files are (the exact
 * position of an approximate place, and the maintainers' `source` notes, which residents never
 * get), and the empty CSV template. Each export of places is written to the audit log: it is a
 * copy of every position leaving the server.
 */
export async function placesExportRoutes(app: FastifyInstance): Promise<void> {
  async function exported(request: Parameters<typeof signedInAccount>[0], file: string): Promise<SourcePlace[]> {
    const account = signedInAccount(request)
    const places = await workingPlaces(app)
    await recordAudit(app.db, { action: 'places_export', actorId: account.id, detail: { file, places: String(places.length) } }, app.clock())
    return places
  }
  const day = () => app.clock().toISOString().slice(0, 10)

  app.get(api('places.csv'), { config: COORDINATORS }, async (request, reply) => {
    const places = await exported(request, 'places.csv')
    return sendFile(reply, `places-${day()}.csv`, 'text/csv; charset=utf-8', csvFileText(placesTable(places)))
  })

  app.get(api('places.geojson'), { config: COORDINATORS }, async (request, reply) => {
    const places = await exported(request, 'places.geojson')
    return sendFile(reply, `places-${day()}.geojson`, 'application/geo+json; charset=utf-8', sourceFileText(places))
  })

  app.get(api('template.csv'), { config: COORDINATORS }, async (_request, reply) =>
    sendFile(reply, 'places-template.csv', 'text/csv; charset=utf-8', csvFileText([PLACE_COLUMNS.map(columnHeader)])),
  )
}
