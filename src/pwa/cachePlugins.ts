// Workbox plugins deciding which answers the service worker may keep. vite-plugin-pwa writes each
// function's source text into sw.js, so a function here must use nothing from outside its own
// body: no imports, no constants, no helpers (cachePlugins.test.ts runs them that way).

/** A Workbox plugin with only `cacheWillUpdate` (workbox-core's WorkboxPlugin, narrowed). */
export interface CacheWillUpdatePlugin {
  cacheWillUpdate: (param: { response: Response }) => Promise<Response | null>
}

/**
 * Keeps only a complete JSON answer (status 200, a JSON content type): a captive portal's login
 * page, an error or a partial answer is never kept in place of the dataset or the configuration.
 */
export const keepJsonOnly: CacheWillUpdatePlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && /\bjson\b/i.test(response.headers.get('content-type') ?? '') ? response : null,
}

/**
 * Keeps only a readable image tile of at most 100 KB (status 200, an image content type). Tiles are
 * loaded with CORS, so an error is seen as one; an opaque answer (status 0) is refused, since the
 * browser counts each against the storage quota as megabytes whatever its real size.
 */
export const keepTileImagesOnly: CacheWillUpdatePlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || !/^image\//i.test(response.headers.get('content-type') ?? '')) return null
    const bytes = (await response.clone().blob()).size
    return bytes <= 100 * 1024 ? response : null
  },
}
