import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'dist-single/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Outside strings reach the DOM as text only.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or element(); outside strings must stay text.' },
        { property: 'outerHTML', message: 'Use textContent or element(); outside strings must stay text.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 module you use (d3-scale, d3-shape…).' },
            { name: '@turf/turf', message: 'Import the @turf package you use.' },
          ],
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // String tables add their keys to the translator's `StringKeys` with `interface StringKeys extends
      // KeysOf<typeof table> {}` (src/i18n/translate.ts): an empty interface with one `extends`, on purpose.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Pure layers: they run in Node (unit tests) and in a Web Worker (imports), where there is no page.
    files: ['src/data/**/*.ts', 'src/geo/**/*.ts', 'src/state/**/*.ts', 'src/features/**/*Model.ts'],
    ignores: ['src/state/urlSync.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'Pure modules take what they need as arguments; no DOM.' },
        { name: 'window', message: 'Pure modules take what they need as arguments; no DOM.' },
        { name: 'localStorage', message: 'Pure modules take what they need as arguments; no DOM.' },
        { name: 'navigator', message: 'Pure modules take what they need as arguments; no DOM.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'maplibre-gl', message: 'Only src/map/ imports maplibre-gl.' },
            { name: 'd3', message: 'Import the d3 module you use.' },
            { name: '@turf/turf', message: 'Import the @turf package you use.' },
          ],
        },
      ],
    },
  },
);
