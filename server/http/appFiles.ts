import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { handleError, notFound } from './errors'

// Addresses that are never the app's pages: the API, the staff and workshop pages (their own HTML
// entries), and files (anything with an extension).
const NOT_A_PAGE = /^\/(?:api|staff|workshop)(?:\/|$)|\.[A-Za-z0-9]+$/

function cacheControlFor(path: string): string {
  // Vite names assets by content hash: they never change under one name.
  if (/[\\/]assets[\\/]/.test(path)) return 'public, max-age=31536000, immutable'
  // Everything else (index.html, sw.js, the web app manifest, icons) is revalidated each time.
  return 'no-cache'
}

/** True when an unknown address should get the app (index.html) rather than a JSON 404. */
export function isAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.url.split('?', 1)[0] ?? ''
  return !NOT_A_PAGE.test(path) && (request.headers.accept ?? '').includes('text/html')
}

/**
 * Serves the built PWA from `distDir` with the right caching, falls back to index.html for the
 * app's own pages, and answers every other unknown address with the JSON 404.
 */
export async function serveAppFiles(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: true,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    // The build writes .br and .gz copies of its text files (src/pwa/precompressPlugin.ts).
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header('cache-control', cacheControlFor(path))
    },
  })
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    isAppPage(request) ? reply.header('cache-control', 'no-cache').sendFile('index.html') : handleError(notFound(), request, reply),
  )
}

/** Without a build: every unknown address gets the JSON 404. */
export function answerUnknownWithJson(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => handleError(notFound(), request, reply))
}
