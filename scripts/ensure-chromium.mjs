#!/usr/bin/env node
// Makes sure the Chromium that Playwright drives is installed (toolchain.md: Playwright cannot download
// browsers here, so we use Debian's). Runs in the test path, not in postinstall, so `npm ci` never needs root.
// Honours CHROMIUM_PATH; installs with apt only when the binary is missing and we are root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APT_LISTS = '/var/lib/apt/lists';

/** Runs a command with inherited output; exits with a message when it fails. */
function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`ensure-chromium: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

/** True when apt has package lists already (then `apt-get update` can be skipped). */
function aptListsPresent() {
  try {
    return fs.readdirSync(APT_LISTS).some((f) => f.endsWith('_Packages') || f.endsWith('_Packages.lz4'));
  } catch {
    return false;
  }
}

/** Whether apt knows the chromium package (the lists may be stale or missing). */
function aptKnowsChromium() {
  const result = spawnSync('apt-cache', ['policy', 'chromium'], { encoding: 'utf8' });
  return result.status === 0 && /Candidate:\s*(?!\(none\))\S+/.test(result.stdout);
}

if (fs.existsSync(chromiumPath)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`ensure-chromium: no Chromium at ${chromiumPath}, and we are not root, so it cannot be installed here.`);
  console.error('Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium');
  console.error('or point CHROMIUM_PATH at an existing Chromium or chromium-headless-shell binary.');
  process.exit(1);
}
if (process.env.CHROMIUM_PATH) {
  // apt installs /usr/bin/chromium; installing it would not make a custom path appear.
  console.error(`ensure-chromium: CHROMIUM_PATH=${chromiumPath} does not exist. Fix the path or unset it.`);
  process.exit(1);
}

if (!aptListsPresent() || !aptKnowsChromium()) run('apt-get', ['update']);
// --no-install-recommends: without it apt pulls ~100 packages and upgrades systemd (toolchain.md).
run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);

if (!fs.existsSync(chromiumPath)) {
  console.error(`ensure-chromium: apt finished but ${chromiumPath} is still missing.`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${chromiumPath}`);
