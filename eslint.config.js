// Lint rules, including the layer boundaries from STYLE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const infra = ['fastify', 'fastify-*', '@fastify/*', 'socket.io', 'drizzle-orm', 'drizzle-orm/*', 'pg', 'pino', 'ioredis', '@electric-sql/*'];

export default tseslint.config(
  { ignores: ['**/.scratch/**', '**/node_modules/**', '**/dist/**', 'data/**', 'migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['node:*', 'react', 'react-dom', ...infra], message: 'shared holds contracts only: no Node, database, server or React imports.' }],
      }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/realtime/**', 'server/src/app.ts', 'server/src/routes/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['socket.io', '**/realtime/io*', '**/realtime/*.handlers*'], message: 'only the realtime module talks to sockets; publish a domain event instead.' }],
      }],
    },
  },
  {
    files: ['server/src/**/*.rules.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...infra, '**/db/*', '**/*.repository*', '**/*.service*'], message: 'rules are pure functions: no framework, database or service imports.' }],
      }],
    },
  },
  {
    files: ['server/src/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['fastify', '@fastify/*', 'socket.io', 'pino', '**/*.service*', '**/realtime/*'], message: 'repositories hold SQL only.' }],
      }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...infra, 'node:*'], message: 'the web app runs in the browser.' }],
      }],
    },
  },
  {
    files: ['web/src/visitor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/staff/**', '../staff/*'], message: 'features do not import each other.' }] }],
    },
  },
  {
    files: ['web/src/staff/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/visitor/**', '../visitor/*'], message: 'features do not import each other.' }] }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
