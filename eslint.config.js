import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
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
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/map/**', 'src/global.d.ts'],
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
