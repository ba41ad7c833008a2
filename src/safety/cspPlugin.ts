import type { Plugin } from 'vite'
import { contentSecurityPolicy, type CspSources } from './contentSecurityPolicy'

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i

/**
 * Puts the Content-Security-Policy into the built index.html as a <meta http-equiv>, so a static
 * deployment (no server headers) is protected too. Build only: the dev server injects inline code.
 * A meta policy cannot set frame-ancestors or report-to: servers should also send the header
 * (see src/safety/README.md).
 */
export function cspPlugin(sources: CspSources): Plugin {
  const policy = contentSecurityPolicy(sources)
  return {
    name: 'safe-space-map:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (INLINE_SCRIPT.test(html)) {
          throw new Error('index.html has an inline <script>; the Content-Security-Policy forbids it. Move it to a module.')
        }
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }]
      },
    },
  }
}
