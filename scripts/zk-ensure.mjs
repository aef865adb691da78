#!/usr/bin/env node
// Makes sure Debian's ZooKeeper 3.8 (and Java) are installed for the differential test
// (src/bridge/differential.test.ts). Installs with apt when missing and running as root; otherwise says
// what to run. The package ships no service, so nothing grabs port 2181: the test starts its own server.
// Never fails the build: without ZooKeeper the differential test skips with its reason.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const JAR = '/usr/share/java/zookeeper.jar';
const JAVA = '/usr/bin/java';

if (fs.existsSync(JAR) && fs.existsSync(JAVA)) {
  console.log(`zookeeper: found ${JAR} and ${JAVA}`);
  process.exit(0);
}
if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.warn('zookeeper: not installed and not root; run: sudo apt-get install -y --no-install-recommends zookeeper (the differential test will skip)');
  process.exit(0);
}
const started = Date.now();
const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
let result = apt(['install', '-y', '--no-install-recommends', 'zookeeper']);
if (result.status !== 0) {
  // A clean machine may have no package lists yet.
  apt(['update']);
  result = apt(['install', '-y', '--no-install-recommends', 'zookeeper']);
}
console.log(`zookeeper: apt-get install ${result.status === 0 ? 'done' : `failed (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
