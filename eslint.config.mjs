import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ── The house's arrows (DESIGN §1) ─────────────────────────────────────────────────────────────────────────────────
// `domain ← ledger ← service ← {main, host, cli}`, `domain ← {reports, imports} ← service`; the renderer takes domain
// and only types of service. One block per layer below names what that layer may import; every other layer of src/
// is refused, so `npm test` fails on a wrong arrow. tests/, bench/ and scripts/ may import anything.

const LAYERS = ['domain', 'ledger', 'reports', 'imports', 'service', 'main', 'preload', 'host', 'cli', 'renderer'];

/**
 * A pattern refusing every layer of src/ but `self` and those in `may`. A specifier reaches another layer by climbing
 * out of its own (`../`, `../../`…); `layer/module` in `may` allows that one module of the layer and no other.
 */
function layersBeyond(self, may) {
  const modules = new Map();
  for (const entry of may.filter((m) => m.includes('/'))) {
    const [layer, module] = entry.split('/');
    modules.set(layer, [...(modules.get(layer) ?? []), module]);
  }
  const refused = LAYERS.filter((l) => l !== self && !may.includes(l) && !modules.has(l));
  const alternatives = refused.length > 0 ? [`(${refused.join('|')})(/|$)`] : [];
  for (const [layer, names] of modules) {
    alternatives.push(`${layer}/(?!(${names.join('|')})$)`);
    if (!names.includes('index')) alternatives.push(`${layer}$`);
  }
  return {
    regex: `^(\\.\\./)+(${alternatives.join('|')})`,
    message: `${self} may import ${may.length > 0 ? may.join(', ') : 'no other layer'} (DESIGN §1).`,
  };
}

/** A pattern allowing only type imports of the given layers (or `layer/module`s). */
function typesOnly(self, layers) {
  const alternatives = layers.map((l) => (l.includes('/') ? `${l}$` : `${l}(/|$)`));
  return {
    regex: `^(\\.\\./)+(${alternatives.join('|')})`,
    allowTypeImports: true,
    message: `${self} takes only types (\`import type\`) from ${layers.join(', ')} (DESIGN §1).`,
  };
}

const NODE = {
  regex: `^(node:|(${builtinModules.join('|')})(/|$))`,
  message: 'No Node module here: domain is pure and the renderer is a sandboxed page (DESIGN §1, §8).',
};
const ELECTRON = { regex: '^electron(/|$)', message: 'Electron stays in main and preload (DESIGN §1).' };
const SQLITE = { regex: '^better-sqlite3$', message: 'SQLite is the ledger\u2019s: reach it through the service (DESIGN §1).' };
const EXCEL = { regex: '^exceljs(/|$)', message: 'Workbooks are read and written in imports and reports (DESIGN §1).' };
const REACT = { regex: '^(react(-dom|-i18next)?|@tanstack/[^/]+)(/|$)', message: 'React belongs to the renderer (DESIGN §1).' };

const arrows = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const houseArrows = [
  {
    // domain ← everything. domain imports no other layer, and nothing of Node, Electron, SQLite, Excel or React.
    files: ['src/domain/**'],
    rules: arrows(layersBeyond('domain', []), NODE, ELECTRON, SQLITE, EXCEL, REACT),
  },
  {
    // domain ← ledger: the ledger imports domain only, over better-sqlite3 and Node.
    files: ['src/ledger/**'],
    rules: arrows(layersBeyond('ledger', ['domain']), ELECTRON, EXCEL, REACT),
  },
  {
    // domain ← reports. DESIGN says reports are built from data the service hands in; today they still run their own
    // queries through these three ledger modules (issue 10 names the debt). No other ledger module, no new one.
    files: ['src/reports/**'],
    rules: arrows(layersBeyond('reports', ['domain', 'ledger/statements', 'ledger/journal', 'ledger/elections']), ELECTRON, REACT),
  },
  {
    // domain ← imports: reading and writing a clerk's workbook needs domain and exceljs, never the ledger.
    files: ['src/imports/**'],
    rules: arrows(layersBeyond('imports', ['domain']), ELECTRON, SQLITE, REACT),
  },
  {
    // {ledger, reports, imports} ← service: the service never reaches up into a transport or the renderer.
    files: ['src/service/**'],
    rules: arrows(layersBeyond('service', ['domain', 'ledger', 'reports', 'imports']), ELECTRON, REACT),
  },
  {
    // service ← main. main opens the ledger file it hands the service (ledger/index), and nothing else of the ledger.
    files: ['src/main/**'],
    rules: arrows(layersBeyond('main', ['domain', 'service', 'ledger/index']), REACT),
  },
  {
    // service ← host: the host serves the service it is given.
    files: ['src/host/**'],
    rules: arrows(layersBeyond('host', ['domain', 'service']), ELECTRON, REACT),
  },
  {
    // service ← cli, and host ← cli (`tizim serve` starts it). The cli opens the ledger file (ledger/index), and
    // `tizim template` writes a template without a ledger (imports/template).
    files: ['src/cli/**'],
    rules: arrows(layersBeyond('cli', ['domain', 'service', 'host', 'ledger/index', 'imports/template']), ELECTRON, REACT),
  },
  {
    // electron → preload: one function over one channel; from the house it takes types only.
    files: ['src/preload/**'],
    rules: arrows(
      layersBeyond('preload', ['domain', 'service', 'main/desk-methods']),
      typesOnly('preload', ['domain', 'service', 'main/desk-methods']),
      { regex: '^(?!electron$)[^.]', message: 'preload imports electron and types only (DESIGN §1).' },
    ),
  },
  {
    // domain ← renderer, and types only from service and from main's desk methods (the typed client). Nothing of
    // Node, SQLite, Excel or Electron. A screen reaching a sibling screen folder named imports/ or reports/ writes
    // `../../screens/imports/…`: `../imports/…` reads as the imports layer.
    files: ['src/renderer/**'],
    rules: arrows(
      layersBeyond('renderer', ['domain', 'service', 'main/desk-methods']),
      typesOnly('renderer', ['service', 'main/desk-methods']),
      NODE,
      ELECTRON,
      SQLITE,
      EXCEL,
    ),
  },
];

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'dist/', 'test-results/', 'playwright-report/', '.tizim-test/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // A parameter a signature demands but the body does not use is named with a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The Rules of React for the renderer. Their warnings count as errors: `npm test` fails on a missing dependency
    // as it does on a type error, instead of printing a line nobody reads.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error'])),
  },
  {
    // Vitest's asymmetric matchers (expect.objectContaining, expect.any) are typed `any` by design.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Plain JavaScript (scripts, the bin launcher, this file) is not in the TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...houseArrows,
);
