import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * The app runs in the browser: only src/server is Node code, and of it the browser imports only the close
 * codes. Its own rule name (the typescript-eslint twin of no-restricted-imports), so these restrictions add
 * to the per-folder no-restricted-imports below instead of replacing them.
 */
const BROWSER_CODE = {
  'no-restricted-globals': [
    'error',
    ...['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'setImmediate'].map((name) => ({
      name,
      message: 'Browser code: no Node globals (src/server is the only Node code).',
    })),
  ],
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: builtinModules.map((name) => ({ name, message: 'Browser code: no Node modules (src/server is the only Node code).' })),
      patterns: [
        { group: ['node:*'], message: 'Browser code: no Node modules (src/server is the only Node code).' },
        { group: ['**/server/*', '!**/server/closeCodes'], message: 'Browser code imports only src/server/closeCodes.ts of the server.' },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'tests/.output', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Arena text is always rendered as text.' },
      ],
    },
  },
  {
    // Pure logic: the domain, and the shared document's mapping (it runs in the sync server too).
    files: ['src/domain/**/*.ts', 'src/sync/doc/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'dexie', '@xyflow/*', 'zustand', '*/store/*', '*/persistence/*'] }],
    },
  },
  {
    files: ['src/{canvas,panels,home,app,editor,ui,versions}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dexie', '*/persistence/db'] }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/server/**'], rules: BROWSER_CODE },
  // The browser client imports the close codes: they stay free of Node too.
  { files: ['src/server/closeCodes.ts'], rules: BROWSER_CODE },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
