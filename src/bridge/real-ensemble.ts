/**
 * A real 3-server ZooKeeper 3.8 ensemble on 127.0.0.1 for tests (Debian's package): three JVMs with their
 * own data dirs, myid files and ports, started by the test and stopped by pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONF_DIR, JAR, fourLetterWord, freePort } from './real-server.ts';

/** A running ensemble. */
export interface RealEnsemble {
  readonly clientPorts: number[];
  readonly connectString: string;
  /** Stops server `i` (0-based) by pid. */
  stopServer(i: number): Promise<void>;
  stop(): Promise<void>;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    process.kill(child.pid, 'SIGKILL');
  });
}

/** Starts servers 1–3 and resolves once one leads and two follow, or rejects after `timeoutMs`. */
export async function startRealEnsemble(timeoutMs = 60000): Promise<RealEnsemble> {
  const root = mkdtempSync(join(tmpdir(), 'zkscope-ens-'));
  const ports = await Promise.all(Array.from({ length: 9 }, () => freePort()));
  const clientPorts = ports.slice(0, 3);
  const servers = [1, 2, 3].map((id) => `server.${id}=127.0.0.1:${ports[2 + id]}:${ports[5 + id]}`);
  const children = [1, 2, 3].map((id, i) => {
    const dir = join(root, `s${id}`);
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'myid'), `${id}\n`);
    const cfg = join(dir, 'zoo.cfg');
    writeFileSync(cfg, ['tickTime=2000', 'initLimit=10', 'syncLimit=5', `dataDir=${join(dir, 'data')}`, `clientPort=${clientPorts[i]}`,
      'clientPortAddress=127.0.0.1', '4lw.commands.whitelist=*', 'admin.enableServer=false', ...servers, ''].join('\n'));
    const args = ['-cp', `${CONF_DIR}:${JAR}`, `-Dzookeeper.log.dir=${dir}`, '-Xmx192m', 'org.apache.zookeeper.server.quorum.QuorumPeerMain', cfg];
    return spawn('/usr/bin/java', args, { stdio: 'ignore' });
  });
  const ensemble: RealEnsemble = {
    clientPorts,
    connectString: clientPorts.map((p) => `127.0.0.1:${p}`).join(','),
    stopServer: (i) => stop(children[i]),
    stop: async () => {
      await Promise.all(children.map(stop));
      rmSync(root, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const modes = await Promise.all(clientPorts.map((p) => fourLetterWord('127.0.0.1', p, 'srvr', 500).catch(() => '')));
    const leaders = modes.filter((m) => /Mode: leader/.test(m)).length;
    const followers = modes.filter((m) => /Mode: follower/.test(m)).length;
    if (leaders === 1 && followers === 2) return ensemble;
    await new Promise((r) => setTimeout(r, 300));
  }
  await ensemble.stop();
  throw new Error(`the 3-server ensemble did not elect a leader within ${timeoutMs} ms`);
}
