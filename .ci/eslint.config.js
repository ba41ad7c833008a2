// Lint rules for `npm run lint`. Kept in .ci/ so the project's top level stays as agreed.
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'

export default tseslint.config(
  { ignores: ['**/dist/**', 'public/**', 'node_modules/**', 'tests/.artifacts/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'leaflet', message: 'Only src/map/ imports Leaflet.' }] },
      ],
    },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // domain/ is pure TypeScript: no Vue, Leaflet, Dexie or DOM-bound libraries.
    files: ['src/domain/**', 'common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['vue', 'pinia', 'leaflet', 'dexie', '@/data/*', '@/map/*', '@/stores/*'], message: 'src/domain and common/ are pure TypeScript.' }, { group: ['@/*'], message: 'common/ is shared with geo/build and the server: it imports nothing from src/.' }] },
      ],
    },
  },
)
