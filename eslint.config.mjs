// ESLint (flat config) with typescript-eslint's recommended rules, plus the layer rule as
// no-restricted-imports per top-level folder, from the same table as test/unit/importBoundaries.test.ts
// (which also resolves every relative path exactly and checks require() and import()).
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layers = JSON.parse(readFileSync(new URL('./test/support/layers.json', import.meta.url), 'utf8'));
const topLevel = Object.keys(layers.allowed);

/** `../x` or `../../x/…` into a top-level folder the layer may not import. */
function layerRule(layer) {
  const banned = topLevel.filter((other) => !layers.allowed[layer].includes(other));
  const patterns = [{ regex: layers.forbiddenPackages[layer], message: `${layer}/ may not import this package (docs/architecture.md#layers).` }];
  if (banned.length > 0) patterns.push({ regex: `^(?:\\.\\./)+(?:${banned.join('|')})(?:/|$)`, message: `${layer}/ may not import ${banned.join(', ')} (docs/architecture.md#layers).` });
  return { files: [`${layer}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

export default tseslint.config(
  {
    ignores: ['dist/', 'out/', 'node_modules/', 'bench/.cache/', '.e2e-cache/', 'examples/demo/', 'test-output/', '.vscode-test/', 'engine/validators/wordTrigrams.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        fetch: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
        module: 'writable',
        globalThis: 'readonly',
      },
    },
    rules: {
      // tsc (noUnusedLocals, noUnusedParameters) already reports these, with the `_` convention.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-var': 'error',
      // Lazy require() is deliberate: modules a command does not need cost start-up (cli/main.ts, fingerprint.ts).
      '@typescript-eslint/no-require-imports': 'off',
      // NUL and other control characters in regexes are deliberate (binary detection, key separators).
      'no-control-regex': 'off',
      // Expected text with its literal indentation reads better than `{4}`.
      'no-regex-spaces': 'off',
    },
  },
  ...topLevel.map(layerRule),
);
