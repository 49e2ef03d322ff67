// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro.
// Every change to a recommended rule is listed here with its reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  {
    ignores: [
      'dist/',
      '.build/',
      'dist-subpath/',
      'dist-drafts/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'tmp/', // scratch scripts, never committed (.gitignore)
      'src/i18n/ui-keys.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        // Browser scripts (src/scripts) and Node scripts (scripts/, tests/) share the tree.
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      // Unused arguments named with a leading underscore are part of a callback's signature.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
];
