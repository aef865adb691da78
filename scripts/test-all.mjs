#!/usr/bin/env node
// `npm test`: every check of the project, in order, with one honest count at the end.
//   lint, typecheck, build          one check each (pass or fail)
//   unit (vitest), e2e (playwright) one per test, read from their json reporters
//   reference (../shared/tools)     one per case, read from its `reference: N passed, M failed` line
// A failing stage does not stop the run (the total must count everything); only e2e is skipped when the
// build failed, and then counts as one failure. CI does not understand vitest's or Playwright's summaries,
// so the last line printed is always `total: N passed, M failed`; the exit code is 1 if anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'test-results');
const UNIT_JSON = path.join(RESULTS, 'unit.json');
const E2E_JSON = path.join(RESULTS, 'e2e.json'); // written by playwright.config.ts's json reporter
const REFERENCE_TOOL = path.resolve(ROOT, '../shared/tools/check-reference.mjs');

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

/** Runs a command from the project root, streaming its output and also returning it. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('error', (err) => { output += String(err); resolve({ code: 127, output }); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Terminal colour codes in the reporters' messages (ESC [ … m). */
const COLOUR_CODES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** The first line of an error message, without colour codes, cut to a readable length. */
function firstLine(message) {
  const line = String(message ?? 'no message').replace(COLOUR_CODES, '').split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line.trim();
}

/** Every failed Playwright test in a json report, as `file › title: first line of its error`. */
function playwrightFailures(report) {
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.find((r) => r.error)?.error?.message;
        out.push(`${spec.file} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && child.title !== child.file ? [...titles, child.title] : titles);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

/** Reads a json file, or null when it is missing or unreadable (the tool crashed before writing it). */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A pass/fail check counts as one. */
async function single(command, args) {
  const { code } = await run(command, args);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit ${code}` };
}

/** Unit tests: counts from vitest's json report; a crash or a failing file without failed tests counts once. */
async function unit() {
  fs.rmSync(UNIT_JSON, { force: true });
  const { code } = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
  const report = readJson(UNIT_JSON);
  if (!report) return { passed: 0, failed: 1, note: `no json report (exit ${code})` };
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  // A test file that fails to load reports no failed tests; count the file so the total is not green.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed')).length;
  failed += brokenFiles;
  if (code !== 0 && failed === 0) failed = 1;
  const failures = (report.testResults ?? []).flatMap((f) => {
    const file = path.relative(ROOT, f.name);
    const tests = (f.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (tests.length === 0) return f.status === 'failed' ? [`${file}: ${firstLine(f.message)}`] : [];
    return tests.map((a) => `${file} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
  });
  return { passed, failed, failures, note: brokenFiles ? `${brokenFiles} file(s) failed to run` : undefined };
}

/** Reference cases: counts from the checker's summary line. */
async function reference() {
  if (!fs.existsSync(REFERENCE_TOOL)) {
    console.warn(`warning: ${REFERENCE_TOOL} not found (is ../shared next to this clone?); reference cases not counted`);
    return { passed: 0, failed: 0, skipped: true, note: 'skipped: ../shared missing' };
  }
  const { code, output } = await run(process.execPath, [REFERENCE_TOOL]);
  const match = [...output.matchAll(/^reference: (\d+) passed, (\d+) failed$/gm)].pop();
  if (!match) return { passed: 0, failed: 1, note: `no summary line (exit ${code})` };
  const passed = Number(match[1]);
  const failed = Number(match[2]) || (code !== 0 ? 1 : 0);
  return { passed, failed };
}

/** End-to-end tests: makes sure Chromium exists, then counts from Playwright's json report. */
async function e2e() {
  const chromium = await run(process.execPath, [path.join(ROOT, 'scripts/ensure-chromium.mjs')]);
  if (chromium.code !== 0) return { passed: 0, failed: 1, note: 'no Chromium' };
  fs.rmSync(E2E_JSON, { force: true });
  // The build stage has just built dist/: the web server only needs to serve it.
  const { code } = await run(bin('playwright'), ['test'], { PW_SKIP_BUILD: '1' });
  const report = readJson(E2E_JSON);
  if (!report?.stats) return { passed: 0, failed: 1, note: `no json report (exit ${code})` };
  const { expected = 0, flaky = 0, unexpected = 0 } = report.stats;
  let failed = unexpected;
  if (code !== 0 && failed === 0) failed = 1; // e.g. the web server did not start
  return { passed: expected + flaky, failed, failures: playwrightFailures(report), note: flaky ? `${flaky} flaky` : undefined };
}

const STAGES = [
  { name: 'lint', check: () => single(bin('eslint'), ['.']) },
  { name: 'typecheck', check: () => single(bin('tsc'), ['-b']) },
  { name: 'unit', check: unit },
  { name: 'reference', check: reference },
  // Only the bundle: type errors are counted once, by the typecheck stage, and do not hide the e2e tests.
  { name: 'build', check: () => single(bin('vite'), ['build']) },
  { name: 'e2e', check: e2e, needs: 'build' },
];

const results = [];
for (const stage of STAGES) {
  console.log(`\n=== ${stage.name} ===`);
  const started = process.hrtime.bigint();
  const dependency = results.find((r) => r.name === stage.needs);
  const result = dependency && dependency.failed > 0
    ? { passed: 0, failed: 1, note: `skipped: ${stage.needs} failed` }
    : await stage.check();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.push({ name: stage.name, seconds, ...result });
}

console.log('\n=== summary ===');
for (const r of results) {
  const status = r.failed > 0 ? 'FAIL' : r.skipped ? 'skip' : 'ok  ';
  console.log(`${status} ${r.name.padEnd(10)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
}
// The failed tests by name, here at the end: a CI log is often read from its tail only.
const failures = results.flatMap((r) => (r.failures ?? []).map((f) => `  ${r.name}: ${f}`));
if (failures.length > 0) console.log(`\nfailed:\n${failures.slice(0, 20).join('\n')}${failures.length > 20 ? `\n  …and ${failures.length - 20} more` : ''}\n`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
