import { defineConfig } from 'vitest/config'
import { loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath } from 'node:url'
import { DEFAULT_TILE_URL } from './src/domain/deployment'
import { neutralManifestsPlugin } from './src/pwa/neutralManifestsPlugin'
import { pwaOptions } from './src/pwa/pwaOptions'
import { cspPlugin } from './src/safety/cspPlugin'

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const tileUrl = env.VITE_TILE_URL || DEFAULT_TILE_URL
  return {
    plugins: [
      vue(),
      // The words are compiled at build time, so the app ships vue-i18n without its message compiler.
      VueI18nPlugin({
        include: [fileURLToPath(new URL('./src/locales/messages/*.json', import.meta.url))],
        runtimeOnly: true,
        dropMessageCompiler: true,
        compositionOnly: true,
        fullInstall: false,
      }),
      VitePWA(pwaOptions(tileUrl)),
      neutralManifestsPlugin(),
      cspPlugin({ tileUrl, reportApiOrigin: env.VITE_REPORT_API_ORIGIN || undefined }),
    ],
    define: {
      // Vue: <script setup> only (no Options API), no devtools in production.
      __VUE_OPTIONS_API__: false,
      __VUE_PROD_DEVTOOLS__: false,
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
      // vue-i18n: no devtools hooks in production (Composition API only: set by VueI18nPlugin).
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    resolve: {
      alias: [
        { find: '@common', replacement: fileURLToPath(new URL('./common', import.meta.url)) },
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // Leaflet's package points at its UMD build; the ESM build lets unused parts be left out.
        { find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' },
      ],
    },
    build: {
      target: 'es2020',
      sourcemap: false,
      rolldownOptions: {
        // Neutral file names: a chunk called "ReportPage" in a cache listing would give the form away.
        output: {
          entryFileNames: 'assets/[hash].js',
          chunkFileNames: 'assets/[hash].js',
          assetFileNames: 'assets/[hash][extname]',
        },
      },
    },
    test: {
      environment: 'jsdom',
      include: ['common/**/*.test.ts', 'src/**/*.test.ts', 'geo/**/*.test.ts', 'tests/unit/**/*.test.ts'],
      setupFiles: ['tests/unit/setup.ts'],
    },
  }
})
