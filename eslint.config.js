// Lint rules: typescript-eslint's recommended set, plus the project's layering rule (style.md):
// dependencies point adapters -> bot -> intents, knowledge; nothing but bin/ imports from adapters/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'adapters/web/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['bot/**/*.ts', 'intents/**/*.ts', 'knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/adapters/**'], message: 'the core must not depend on adapters (style.md)' }] }],
    },
  },
  {
    files: ['intents/**/*.ts', 'knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/bot/**', '**/adapters/**'], message: 'intents and knowledge sit below bot (style.md)' }] }],
    },
  },
  {
    files: ['knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/intents/**', '**/bot/**', '**/adapters/**'], message: 'knowledge is the lowest layer (style.md)' }] }],
    },
  },
);
