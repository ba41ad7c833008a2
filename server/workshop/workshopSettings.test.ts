import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../config'
import { loadWorkshopSettings, WORKSHOP_DEFAULT_DATA_DIR, WORKSHOP_DEFAULT_PORT } from './workshopSettings'

const CWD = '/srv/ssm'

function problemsOf(env: Record<string, string>, argv: string[] = []): string[] {
  try {
    loadWorkshopSettings(env, argv, CWD)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.variable)
    throw error
  }
  return []
}

describe('loadWorkshopSettings', () => {
  it('serves every interface on its own port and database, with no tile host and no public origin', () => {
    const { server, publicInstallUrl } = loadWorkshopSettings({ PUBLIC_ORIGIN: 'https://map.example.org', VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' }, [], CWD)
    expect(server).toMatchObject({ host: '0.0.0.0', port: WORKSHOP_DEFAULT_PORT, dataDir: resolve(CWD, WORKSHOP_DEFAULT_DATA_DIR) })
    expect(server.databaseUrl).toBeUndefined()
    // Staff and presenter cookies then work over plain http (no Secure, no __Host- name).
    expect(server.publicOrigin).toBeUndefined()
    expect(server.deployment).toEqual({ tileUrl: '', exitUrl: '/weather' })
    expect(publicInstallUrl).toBeNull()
  })

  it('takes --host and --port (for tests: 127.0.0.2 and a free port)', () => {
    expect(loadWorkshopSettings({}, ['--host', '127.0.0.2', '--port=0'], CWD).server).toMatchObject({ host: '127.0.0.2', port: 0 })
    expect(loadWorkshopSettings({ WORKSHOP_HOST: '127.0.0.3', WORKSHOP_PORT: '9000' }, [], CWD).server).toMatchObject({ host: '127.0.0.3', port: 9000 })
  })

  it('refuses DATABASE_URL: a workshop never touches a real database', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://u:p@db/real' })).toEqual(['DATABASE_URL'])
  })

  it('refuses a workshop folder that is, is inside, or holds the normal DATA_DIR', () => {
    expect(problemsOf({ WORKSHOP_DATA_DIR: './.data' })).toEqual(['WORKSHOP_DATA_DIR'])
    expect(problemsOf({ WORKSHOP_DATA_DIR: '.data/workshop' })).toEqual(['WORKSHOP_DATA_DIR'])
    expect(problemsOf({ DATA_DIR: '/var/ssm/db', WORKSHOP_DATA_DIR: '/var/ssm' })).toEqual(['WORKSHOP_DATA_DIR'])
    expect(problemsOf({ DATA_DIR: '/var/ssm/db', WORKSHOP_DATA_DIR: '/var/ssm/db-workshop' })).toEqual([])
  })

  it('takes an https install address only, with a message in Thai and English otherwise', () => {
    expect(loadWorkshopSettings({ WORKSHOP_PUBLIC_URL: 'https://map.example.org' }, [], CWD).publicInstallUrl).toBe('https://map.example.org/')
    for (const bad of ['http://map.example.org/', 'map.example.org', 'https://user:pw@map.example.org/']) expect(problemsOf({ WORKSHOP_PUBLIC_URL: bad }), bad).toEqual(['WORKSHOP_PUBLIC_URL'])
    try {
      loadWorkshopSettings({ WORKSHOP_PUBLIC_URL: 'http://map.example.org/' }, [], CWD)
    } catch (error) {
      expect((error as ConfigError).problems[0]?.message).toMatchObject({ th: expect.stringContaining('https://'), en: expect.stringContaining('phones install only from https') })
    }
  })

  it('refuses unknown arguments, a bad port or host', () => {
    expect(problemsOf({}, ['--hots', '1.2.3.4'])).toHaveLength(2)
    expect(problemsOf({ WORKSHOP_PORT: '70000' })).toEqual(['WORKSHOP_PORT'])
    expect(problemsOf({ WORKSHOP_HOST: 'evil host' })).toEqual(['WORKSHOP_HOST'])
  })
})
