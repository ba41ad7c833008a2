import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

function problemsFor(env: Record<string, string>): ConfigError['problems'] {
  try {
    loadConfig(env, '/srv/app')
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('loadConfig accepted the environment')
}

describe('loadConfig', () => {
  it('starts with no settings at all on 127.0.0.1:8080 with the embedded database in ./.data', () => {
    const config = loadConfig({}, '/srv/app')
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/srv/app/.data', reportRetentionDays: 90, trustProxy: false })
    expect(config.databaseUrl).toBeUndefined()
    expect(config.deployment.tileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
  })

  it('reads every variable it knows', () => {
    const config = loadConfig(
      {
        PORT: '3000',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/ssm',
        DATABASE_URL: 'postgres://app:secret@db.internal:5432/ssm',
        PUBLIC_ORIGIN: 'https://map.example.org',
        REPORT_RETENTION_DAYS: '30',
        TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
        FOLLOW_UP_PEPPER: 'q7rJ0v4cM2yQe9TzL1wXb8NfK3uHs6Pa5dGi0oRtYkE=',
      },
      '/srv/app',
    )
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/var/lib/ssm',
      databaseUrl: 'postgres://app:secret@db.internal:5432/ssm',
      publicOrigin: 'https://map.example.org',
      reportRetentionDays: 30,
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      followUpPepper: 'q7rJ0v4cM2yQe9TzL1wXb8NfK3uHs6Pa5dGi0oRtYkE=',
    })
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2)
  })

  it.each([
    ['PORT', 'eighty', 'must be a whole number from 0 to 65535'],
    ['PORT', '70000', 'must be a whole number from 0 to 65535'],
    ['PORT', '-1', 'must be a whole number from 0 to 65535'],
    ['HOST', 'my host', 'must be an IP address or host name'],
    ['DATABASE_URL', 'mysql://root@localhost/app', 'must be postgres://'],
    ['DATABASE_URL', 'postgres://localhost', 'must be postgres://'],
    ['PUBLIC_ORIGIN', 'map.example.org', 'must be an http:// or https:// origin'],
    ['PUBLIC_ORIGIN', 'https://map.example.org/app', 'without a path'],
    ['REPORT_RETENTION_DAYS', '0', 'must be a whole number from 1 to 3650'],
    ['REPORT_RETENTION_DAYS', '7.5', 'must be a whole number from 1 to 3650'],
    ['TRUST_PROXY', 'yes', 'must be false, true, the number of proxies'],
    ['VITE_TILE_URL', 'https://{s}.tile.example.org/{z}/{x}/{y}.png', 'one host'],
    ['VITE_EXIT_URL', 'http://example.org', 'https://'],
    ['VITE_REPORT_API_ORIGIN', 'http://reports.example.org', 'https:// origin'],
    ['FOLLOW_UP_PEPPER', 'short', 'at least 32 characters'],
  ])('refuses %s=%s, naming the variable and what is allowed in Thai and English', (variable, value, allowed) => {
    const [problem, ...others] = problemsFor({ [variable]: value })
    expect(others).toEqual([])
    expect(problem?.variable).toBe(variable)
    expect(problem?.message.en).toContain(variable)
    expect(problem?.message.en).toContain(allowed)
    expect(problem?.message.th).toContain(variable)
    expect(problem?.message.th).toMatch(/[\u0E00-\u0E7F]/)
  })

  it('refuses DATABASE_URL without FOLLOW_UP_PEPPER (the pepper must live outside that database), without echoing either', () => {
    const [problem, ...others] = problemsFor({ DATABASE_URL: 'postgres://app:hunter2@db.internal/ssm' })
    expect(others).toEqual([])
    expect(problem?.variable).toBe('FOLLOW_UP_PEPPER')
    expect(problem?.message.en).toContain('required with DATABASE_URL')
    expect(problem?.message.th).toContain('DATABASE_URL')
    expect(JSON.stringify(problem)).not.toContain('hunter2')
    expect(JSON.stringify(problemsFor({ FOLLOW_UP_PEPPER: 'not long enough but secret' }))).not.toContain('secret')
  })

  it('never repeats a database password in its message', () => {
    const [problem] = problemsFor({ DATABASE_URL: 'mysql://root:hunter2@localhost/app' })
    expect(JSON.stringify(problem)).not.toContain('hunter2')
  })

  it('names every bad variable at once, so one restart fixes them all', () => {
    const problems = problemsFor({ PORT: 'x', HOST: 'a b', TRUST_PROXY: 'maybe' })
    expect(problems.map((problem) => problem.variable)).toEqual(['PORT', 'HOST', 'TRUST_PROXY'])
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/PORT="x"/)
  })
})
