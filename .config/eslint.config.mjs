// ESLint for TypeScript and Astro files (`npm run lint`). Kept in .config/ to leave the top level to
// the project itself; `basePath` makes every pattern relative to the repository root.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { basePath: '..' },
  {
    ignores: [
      'dist/',
      '.dist-staging/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/',
      '.grown-content/',
      'test-results/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The host page's script for the embeds: a classic script (it reads document.currentScript) that
    // other sites load as it is, so it stays plain JavaScript any browser runs.
    files: ['public/embed.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
    rules: { 'no-var': 'off' },
  },
  {
    // A CloudFront Function: a plain script in CloudFront's own runtime, whose `handler` CloudFront calls.
    files: ['deploy/cloudfront/*.js'],
    languageOptions: { sourceType: 'script', globals: {} },
    rules: { 'no-var': 'off', '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^handler$' }] },
  },
);
