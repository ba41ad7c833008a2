import { defineConfig } from 'vitest/config'
import { loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { fileURLToPath } from 'node:url'
import { deploymentSettings } from './src/domain/deployment'
import { neutralManifestsPlugin } from './src/pwa/neutralManifestsPlugin'
import { pwaOptions } from './src/pwa/pwaOptions'
import { precompressPlugin } from './src/pwa/precompressPlugin'
import { fontPreloadPlugin } from './src/pwa/fontPreloadPlugin'
import { cspPlugin } from './src/safety/cspPlugin'
import { residentShellGroup, SEPARATE_PAGE_INPUTS, separatePageFileNames, separatePagesPlugin } from './src/pwa/separatePages'

export default defineConfig(({ mode }) => {
  const { tileUrl, reportApiOrigin } = deploymentSettings({ ...loadEnv(mode, process.cwd(), 'VITE_') })
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
      cspPlugin({ tileUrl, reportApiOrigin }),
      separatePagesPlugin(),
      fontPreloadPlugin(),
      precompressPlugin(),
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
        // Leaflet's package points at its UMD build; the app takes only the parts it uses from Leaflet's source modules.
        { find: /^leaflet$/, replacement: fileURLToPath(new URL('./src/map/leafletParts.ts', import.meta.url)) },
      ],
    },
    build: {
      target: 'es2020',
      sourcemap: false,
      // A browser without modulepreload (old Safari) still loads every module, only without preloading;
      // the polyfill cost every first screen 0.4 KB gzip and a request (issue #14).
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // Three pages: the resident's app, the staff page (src/staff/) and the workshop presenter page
        // (src/presenter/), whose code the service worker never precaches.
        input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), ...SEPARATE_PAGE_INPUTS },
        // Neutral file names: a chunk called "ReportPage" in a cache listing would give the form away.
        output: {
          ...separatePageFileNames(),
          codeSplitting: { groups: [residentShellGroup(fileURLToPath(new URL('./src/main.ts', import.meta.url)))] },
        },
      },
    },
    test: {
      // Three projects, each in the environment it needs: jsdom's set-up is paid only by tests that use a DOM.
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['common/**/*.test.ts', 'src/domain/**/*.test.ts', 'geo/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
            exclude: ['src/domain/**'],
            setupFiles: ['tests/unit/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['server/**/*.test.ts'],
            globalSetup: ['server/testing/globalSetup.ts'],
            // The first PGlite start (the template) runs initdb: slow on a busy machine.
            hookTimeout: 120_000,
            testTimeout: 30_000,
          },
        },
      ],
    },
  }
})
