import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream'];

/** Layer boundaries (docs/architecture.md, "Layers"): dependencies point one way. */
function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'native/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Playwright reads fixture dependencies from the destructuring pattern, so `{}` is how a fixture says "none".
    files: ['tests/e2e/fixtures.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      ['electron', ...NODE_BUILTINS, 'react', 'react-dom', 'better-sqlite3', 'monaco-editor', 'monaco-editor/*', '**/store/**', '**/services/**', '**/main/**', '**/renderer/**', '**/api/**'],
      'core is pure: no Electron, Node, DOM, React, SQLite or Monaco, and no outer layer',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict(['electron', 'react', '**/services/**', '**/main/**', '**/renderer/**', '**/api/**'], 'store depends on core only'),
  },
  {
    files: ['src/api/**/*.ts'],
    rules: restrict(['electron', ...NODE_BUILTINS, 'better-sqlite3', '**/store/**', '**/services/**', '**/main/**', '**/renderer/**'], 'api is the shared contract: core types and zod only'),
  },
  {
    files: ['src/services/**/*.ts', 'src/cli/**/*.ts'],
    rules: restrict(['electron', 'react', '**/main/**', '**/renderer/**'], 'services and the CLI run in plain Node, without Electron'),
  },
  {
    // One write path for segment text and status (services/segment-writes.ts): the raw UPDATEs would
    // skip re-anchoring the spans, the revision and the new → draft rule.
    files: ['src/services/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/services/segment-writes.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'react', '**/main/**', '**/renderer/**'], message: 'services and the CLI run in plain Node, without Electron' },
          { group: ['**/store/segment-updates*'], message: 'write segment text and status through services/segment-writes.ts (writeSegment), not the raw store updates' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name=/^(prepare|pragma)$/], CallExpression[callee.property.name='exec'][callee.object.name=/db$/i]", message: 'services contain no SQL: put the query in src/store' },
        { selector: "CallExpression[callee.property.name='transaction']", message: 'write in one IMMEDIATE transaction: writeTransaction (store/write-transaction.ts), or runUndoable for an undoable change' },
      ],
    },
  },
  {
    // Start-up: a command loads services, the store and SQLite with import() inside run(), so
    // `mizan --version`, the help and light commands never load them (types are free).
    files: ['src/cli/commands/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/services/**', '**/store/**', '../project*', 'better-sqlite3'],
          allowTypeImports: true,
          message: 'load services, the store and SQLite with import() inside the command\'s run(), so start-up stays small',
        }],
      }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(
      ['better-sqlite3', 'react', 'react-dom', 'monaco-editor', 'monaco-editor/*', '**/store/**', '**/renderer/**', '**/cli/**'],
      'main is the thin Electron shell: data only through services, never store/ or SQLite, and nothing of the renderer',
    ),
  },
  {
    // The one exception: loading the better-sqlite3 addon built for Electron's ABI once at start, to say what to do if it fails.
    files: ['src/main/native-binding.ts'],
    rules: restrict(['react', 'react-dom', 'monaco-editor', 'monaco-editor/*', '**/store/**', '**/renderer/**', '**/cli/**'], 'main is the thin Electron shell'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(['better-sqlite3', '**/store/**', '**/services/**', '**/renderer/**', '**/core/**'], 'the preload only forwards the contract'),
  },
  {
    files: ['src/renderer/src/state/**/*.ts'],
    rules: restrict(['react', 'react-dom', 'monaco-editor', 'monaco-editor/*', '**/features/**', '**/ui/**'], 'state/ is plain TypeScript so it can be tested without React or a browser'),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler, so its opt-out warnings are noise.
      'react-hooks/incompatible-library': 'off',
      ...restrict(['electron', ...NODE_BUILTINS, 'better-sqlite3', '**/store/**', '**/services/**', '**/main/**'], 'the renderer talks to main only through window.mizan'),
    },
  },
);
