import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The same server as `databaseUrl`, another database on it. */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** A fresh, unused database name for this run (letters, digits and _ only: it is quoted anyway). */
export function freshDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`
}

/** Runs administrative SQL (CREATE/DROP DATABASE cannot run in a transaction) on the server's own database. */
export async function adminQuery(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

export async function createDatabase(databaseUrl: string, name: string, template?: string): Promise<void> {
  await adminQuery(databaseUrl, `create database "${name}"${template ? ` template "${template}"` : ''}`)
}

export async function dropDatabase(databaseUrl: string, name: string): Promise<void> {
  await adminQuery(databaseUrl, `drop database if exists "${name}" with (force)`)
}
