import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ApiConfig } from '../routes/config'

const ROOT = resolve(import.meta.dirname, '../..')
const children: ChildProcess[] = []
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

/** Runs `npm run workshop`'s entry (without the build) with only the variables given, and collects its output. */
function runWorkshop(env: Record<string, string>, args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/workshop.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let text = ''
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  return { child, output: () => text, exited: new Promise((done) => child.on('exit', (code) => done(code))) }
}

async function waitFor(output: () => string, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  const until = Date.now() + ms
  for (;;) {
    const match = pattern.exec(output())
    if (match) return match
    if (Date.now() > until) throw new Error(`not printed within ${ms} ms: ${pattern}\n${output()}`)
    await new Promise((wait) => setTimeout(wait, 250))
  }
}

describe('npm run workshop', () => {
  it('refuses to start with DATABASE_URL set, saying why in Thai and English', async () => {
    const run = runWorkshop({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/real', WORKSHOP_DATA_DIR: join(tmpdir(), 'never-made') }, ['--host', '127.0.0.2', '--port', '0'])
    expect(await run.exited).toBe(2)
    expect(run.output()).toMatch(/ไม่แตะฐานข้อมูลจริง/)
    expect(run.output()).toMatch(/never touches a real one/)
    expect(run.output()).not.toContain('u:p@')
  })

  it('starts on 127.0.0.2 and a free port, prints the address with a QR code and the join code, and serves the workshop there', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ssm-workshop-cli-'))
    try {
      const run = runWorkshop({ WORKSHOP_DATA_DIR: dataDir }, ['--host', '127.0.0.2', '--port', '0'])
      const [, url] = await waitFor(run.output, /Open on a phone:\s+(http:\/\/127\.0\.0\.2:\d+\/)/, 170_000)
      const [, joinCode] = await waitFor(run.output, /Join code: ([A-Z2-9]{4})/, 5_000)
      await waitFor(run.output, /Ctrl\+C/, 5_000)
      // The QR code is drawn with block characters under the address.
      expect(run.output()).toMatch(/█▀▀▀▀▀█/)
      expect(run.output()).toMatch(/\/workshop#key=[\w-]{43}/)
      expect(run.output()).toMatch(/volunteer \/ [a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}/)

      const config = (await (await fetch(`${url}api/config`)).json()) as ApiConfig
      expect(config.workshop).toMatchObject({ joinCode, publicInstallUrl: null })
      expect(config.tileUrl).toBe('')
      run.child.kill('SIGTERM')
      expect(await run.exited).toBe(0)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 200_000)
})
