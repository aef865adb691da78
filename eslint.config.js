// Lint rules for zkscope. The important part is the layering of design.md §1, enforced with
// no-restricted-imports: each layer may reach only the layers it is allowed to (see LAYERS below).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const SOURCE = '{ts,tsx}';
/** Deepest folder nesting under a layer that the layering rules cover (src/<layer>/a/b/c/d/e/x.ts). */
const MAX_DEPTH = 6;

/**
 * Which src/ layers each layer may import from (besides itself), and which packages it may not use.
 * `typesOnly` layers may be imported with `import type` only.
 */
const LAYERS = {
  engine: { allowed: [], bannedPackages: 'all' },
  // The simulator runs scenarios, so it reads the scenario format's types (never its code).
  sim: { allowed: ['engine'], typesOnly: ['scenario'], bannedPackages: 'all' },
  scenario: { allowed: [], typesOnly: ['engine'], bannedPackages: ['react*', 'react-dom*', 'd3*', 'zustand*', 'node:*'] },
  // Timelines (a simulated run, replayed logs) behind one interface, and the Frame; no DOM, no packages.
  playback: { allowed: ['engine', 'sim', 'scenario', 'replay'], bannedPackages: 'all' },
  // The worker is a thin adapter: its entry, dispatch and the typed protocol, which re-exports playback's
  // frame types, the bridge's message types and their shape check (issue 11) and zkCli's command names for the UI.
  worker: { allowed: ['playback', 'scenario', 'replay', 'bridge/protocol', 'bridge/protocol-check', 'engine/zkcli/usage'], bannedPackages: ['react*', 'react-dom*', 'd3*', 'zustand*', 'node:*'] },
  // The UI talks to the rest only through the worker protocol (design.md §1, §4).
  ui: { allowed: ['worker/protocol'], bannedPackages: ['node:*'] },
  cli: { allowed: ['engine', 'sim', 'scenario', 'replay', 'bridge'], bannedPackages: ['react*', 'react-dom*', 'd3*', 'zustand*'] },
  // Log replay: pure text-to-data, usable by the UI later; it may read engine types, nothing else.
  // It words its problems as phrases (scenario/phrase.ts), like every layer, so the app can translate them.
  replay: { allowed: ['scenario/phrase'], typesOnly: ['engine'], bannedPackages: 'all' },
  // The live bridge runs in node: ws and the ZooKeeper client; it reuses replay and the engine's zkCli.
  // It also reads the zkCli transcript format's types from the simulator's parser (cli-contract §3).
  bridge: { allowed: ['replay', 'engine'], typesOnly: ['sim/standalone/transcript'], bannedPackages: ['react*', 'react-dom*', 'd3*', 'zustand*'] },
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Builds one config block per folder depth: a file at depth d leaves its layer with d+1 `../`,
 * so the regexes can tell "another layer" from "a sibling folder of my own layer" exactly.
 */
function layerBlocks(layer, { allowed, typesOnly = [], bannedPackages }) {
  const blocks = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const up = `^(\\.\\./){${depth + 1}}`;
    const targets = (names) => `(${names.map(escape).join('|')})(\\.tsx?)?(/|$)`;
    const ok = [...allowed, ...typesOnly];
    const patterns = [
      {
        regex: ok.length ? `${up}(?!${targets(ok)})` : up,
        message: `src/${layer}/ may import only ${ok.length ? ok.map((l) => `src/${l}`).join(', ') : 'its own files'} (design.md §1).`,
      },
      // Absolute or project-rooted imports would bypass the relative checks above.
      { regex: '^/', message: 'Use relative imports inside src/ so the layering rules can check them.' },
    ];
    if (typesOnly.length) {
      patterns.push({
        regex: `${up}${targets(typesOnly)}`,
        allowTypeImports: true,
        message: `src/${layer}/ may use ${typesOnly.join(', ')} for types only: write \`import type\` (design.md §1).`,
      });
    }
    if (bannedPackages === 'all') {
      patterns.push({ regex: '^[^.]', message: `src/${layer}/ is pure: it imports no packages (design.md §1).` });
    } else {
      patterns.push({ group: bannedPackages, message: `src/${layer}/ may not use this package (design.md §1).` });
    }
    blocks.push({
      files: [`src/${layer}/${'*/'.repeat(depth)}*.${SOURCE}`],
      rules: {
        'no-restricted-imports': 'off',
        '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      },
    });
  }
  return blocks;
}

/** Engine and simulator are deterministic: time and randomness come only from the simulator's inputs. */
const determinism = {
  files: [`src/engine/**/*.${SOURCE}`, `src/sim/**/*.${SOURCE}`, `src/replay/**/*.${SOURCE}`, `src/playback/**/*.${SOURCE}`],
  rules: {
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the seeded PRNG of src/sim (design.md §3).' },
      { object: 'Date', property: 'now', message: 'Use virtual time (design.md §3).' },
      { object: 'performance', property: 'now', message: 'Use virtual time (design.md §3).' },
      { object: 'globalThis', property: 'setTimeout', message: 'Timers are engine outputs, scheduled by src/sim.' },
      { object: 'globalThis', property: 'setInterval', message: 'Timers are engine outputs, scheduled by src/sim.' },
    ],
    'no-restricted-globals': [
      'error',
      ...['setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame'].map((name) => ({
        name,
        message: 'Timers are engine outputs, scheduled by src/sim in virtual time (design.md §2).',
      })),
      { name: 'performance', message: 'Use virtual time (design.md §3).' },
      { name: 'crypto', message: 'Use the seeded PRNG of src/sim (design.md §3).' },
      // The pure layers run in the worker and the CLI: no DOM (tsconfig.core.json has no DOM types either).
      ...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'getComputedStyle', 'matchMedia'].map((name) => ({
        name,
        message: 'engine, sim, replay and playback use no DOM (design.md §1).',
      })),
    ],
  },
};

/** User text is never inserted as HTML (design.md §7). */
const noHtmlInjection = {
  files: [`src/**/*.${SOURCE}`],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML (design.md §7).' },
      { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent (design.md §7).' },
      { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, never HTML (design.md §7).' },
      { selector: "CallExpression[callee.property.name='html'][arguments.length>0]", message: "Use d3's .text(), never .html() (design.md §7)." },
    ],
  },
};

/** D3 owns the SVG views only (design.md §5): the rest of the UI is React and never imports d3. */
const d3OnlyInViews = {
  files: [`src/ui/**/*.${SOURCE}`],
  ignores: [`src/ui/views/**`, `src/ui/layout/**`],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['d3', 'd3-*'], message: 'd3 is used only in src/ui/views and src/ui/layout (design.md §5).' }] }],
  },
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: [`src/ui/**/*.${SOURCE}`],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Node scripts (plain JS): give them node's globals.
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    // The service worker (plain JS): its own global scope; the build prepends VERSION and PRECACHE.
    files: ['src/offline/service-worker.js'],
    languageOptions: {
      globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', URL: 'readonly', VERSION: 'readonly', PRECACHE: 'readonly' },
    },
  },
  ...Object.entries(LAYERS).flatMap(([layer, spec]) => layerBlocks(layer, spec)),
  determinism,
  noHtmlInjection,
  d3OnlyInViews,
  {
    // Tests may read fixtures from disk and drive any layer they test; the layer rules bind shipped code.
    files: [`src/**/*.test.${SOURCE}`, 'src/**/*.test-helper.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
