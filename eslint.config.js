import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-server/', 'storybook-static/', 'coverage/', 'node_modules/', 'src/locales/', 'custom-elements.json', 'demo-dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'tests/server/**', 'demo/server.mjs', 'demo/api/**', '*.config.*', 'server/**', 'bin/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The validate command and the Node tests (node --test) run in Node.
    files: ['bin/**', 'tests/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
