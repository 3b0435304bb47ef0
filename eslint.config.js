// Flat ESLint config for the whole workspace (run with --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      '**/.turbo/**',
      'test/artifacts/**',
      '**/*.generated.ts',
      'portals/*/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['portals/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layout is Prettier's (npm run format; npm run lint checks it): no ESLint rule may disagree with it.
  prettier,
);
