import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const srcDir = path.join(import.meta.dirname, 'src');

/** "home" for src/features/home/…, "shared" for src/components and src/lib, "app" for src/app, else null. */
function areaOf(file) {
  const parts = path.relative(srcDir, file).split(path.sep);
  if (parts[0] === 'features' && parts.length > 2) return `feature:${parts[1]}`;
  if (parts[0] === 'components' || parts[0] === 'lib') return 'shared';
  if (parts[0] === 'app') return 'app';
  return null;
}

/**
 * House rule: a feature imports only itself, src/components and src/lib; shared code imports no
 * feature. Only src/app (router, providers) wires features together.
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Features share code only through src/components and src/lib.' },
    schema: [],
  },
  create(context) {
    const from = areaOf(context.filename);
    if (from === null || from === 'app') return {};
    function check(node) {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = areaOf(path.resolve(path.dirname(context.filename), source.value));
      if (to === null || to === from || !to.startsWith('feature:')) return;
      context.report({
        node: source,
        message:
          from === 'shared'
            ? `src/components and src/lib must not import a feature (${to.slice(8)}).`
            : `Do not import another feature (${to.slice(8)}): move shared code to src/components or src/lib.`,
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node', 'node_modules', 'target'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, boucle: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'boucle/feature-boundaries': 'error',
    },
  },
);
