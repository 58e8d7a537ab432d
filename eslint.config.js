import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/test-results/**',
      '**/custom-elements.json',
      '**/.turbo/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/**/*.ts', 'apps/newsroom/src/client/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/**/*.ts', 'apps/newsroom/src/client/**/*.ts'],
    ...wcConfigs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    files: ['packages/**/*.ts', 'apps/newsroom/src/client/**/*.ts'],
    rules: {
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Chai assertions read as expressions: expect(x).to.be.true
    files: ['**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**', 'bench/**', 'apps/server/**', 'apps/sibling-demo/serve.mjs', '**/*.config.*', '**/test/**', '**/.storybook/**'],
    rules: { 'no-console': 'off' },
  },
);
