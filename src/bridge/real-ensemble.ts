/**
 * A real 3-server ZooKeeper 3.8 ensemble on 127.0.0.1 for tests (Debian's package): three JVMs with their
 * own data dirs, myid files, ports and log files, started, killed and restarted by the test, stopped by pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JAR, fourLetterWord, freePort } from './real-server.ts';

/** Servers 1–3 that the test starts and kills one by one. */
export interface RealQuorum {
  readonly clientPorts: number[];
  /** Starts server `id` (1–3) from its data dir; its log is appended to across restarts. */
  start(id: number): void;
  /** SIGKILL, like `stop {signal: KILL}`: memory gone, disk kept. */
  kill(id: number): Promise<void>;
  /** SIGSTOP (true) or SIGCONT (false): the server stops running, sockets and all, until let go. */
  freeze(id: number, frozen: boolean): void;
  /** What `srvr` says: the mode (leader, follower, …) and the Zxid line, or nulls when it does not answer. */
  srvr(id: number): Promise<{ mode: string | null; zxid: string | null }>;
  /** The server's log so far (log4j, INFO, with LearnerHandler at DEBUG). */
  log(id: number): string;
  stop(): Promise<void>;
}

/** A running ensemble. */
export interface RealEnsemble {
  readonly clientPorts: number[];
  readonly connectString: string;
  /** Stops server `i` (0-based) by pid. */
  stopServer(i: number): Promise<void>;
  stop(): Promise<void>;
}

function kill(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    process.kill(child.pid, 'SIGKILL');
  });
}

// The layout of ../shared/reference/raw logs; LearnerHandler at DEBUG shows "Sending TRUNC to follower".
const LOG4J = [
  'log4j.rootLogger=INFO, FILE', 'log4j.appender.FILE=org.apache.log4j.FileAppender',
  'log4j.appender.FILE.File=${zookeeper.log.dir}/zookeeper.log', 'log4j.appender.FILE.ImmediateFlush=true',
  'log4j.appender.FILE.layout=org.apache.log4j.PatternLayout', 'log4j.appender.FILE.layout.ConversionPattern=%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n',
  'log4j.logger.org.apache.zookeeper.server.quorum.LearnerHandler=DEBUG', '',
].join('\n');

// zookeeper.jar's manifest names slf4j-api only: without a binding on the class path nothing is logged.
const LOG_CLASSPATH = [JAR, '/usr/share/java/slf4j-log4j12.jar', '/usr/share/java/log4j-1.2.jar'].join(':');

/** Writes the config of servers 1–3 into a throwaway folder; nothing runs until `start`. */
export async function createRealQuorum(): Promise<RealQuorum> {
  const root = mkdtempSync(join(tmpdir(), 'zkscope-ens-'));
  const ports = await Promise.all(Array.from({ length: 9 }, () => freePort()));
  const clientPorts = ports.slice(0, 3);
  const servers = [1, 2, 3].map((id) => `server.${id}=127.0.0.1:${ports[2 + id]}:${ports[5 + id]}`);
  writeFileSync(join(root, 'log4j.properties'), LOG4J);
  for (const id of [1, 2, 3]) {
    const dir = join(root, `s${id}`);
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'myid'), `${id}\n`);
    writeFileSync(join(dir, 'zoo.cfg'), ['tickTime=2000', 'initLimit=10', 'syncLimit=5', `dataDir=${join(dir, 'data')}`, `clientPort=${clientPorts[id - 1]}`,
      'clientPortAddress=127.0.0.1', '4lw.commands.whitelist=*', 'admin.enableServer=false', ...servers, ''].join('\n'));
  }
  const children = new Map<number, ChildProcess>();
  const logFile = (id: number) => join(root, `s${id}`, 'zookeeper.log');
  return {
    clientPorts,
    start(id) {
      const dir = join(root, `s${id}`);
      const args = ['-cp', LOG_CLASSPATH, `-Dlog4j.configuration=file:${join(root, 'log4j.properties')}`, `-Dzookeeper.log.dir=${dir}`, '-Xmx256m',
        'org.apache.zookeeper.server.quorum.QuorumPeerMain', join(dir, 'zoo.cfg')];
      children.set(id, spawn('/usr/bin/java', args, { stdio: 'ignore' }));
    },
    kill: (id) => kill(children.get(id)),
    freeze(id, frozen) {
      const child = children.get(id);
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, frozen ? 'SIGSTOP' : 'SIGCONT');
    },
    async srvr(id) {
      const text = await fourLetterWord('127.0.0.1', clientPorts[id - 1], 'srvr', 1000).catch(() => '');
      return { mode: /Mode: (\S+)/.exec(text)?.[1] ?? null, zxid: /Zxid: (0x[0-9a-f]+)/.exec(text)?.[1] ?? null };
    },
    log: (id) => (existsSync(logFile(id)) ? readFileSync(logFile(id), 'utf8') : ''),
    async stop() {
      await Promise.all([...children.values()].map(kill));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Polls `probe` every `everyMs` until it returns a value (not null) or `timeoutMs` passes; rejects naming `what`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | null> | T | null, timeoutMs = 60000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Starts servers 1–3 and resolves once one leads and two follow, or rejects after `timeoutMs`. */
export async function startRealEnsemble(timeoutMs = 60000): Promise<RealEnsemble> {
  const q = await createRealQuorum();
  for (const id of [1, 2, 3]) q.start(id);
  const ensemble: RealEnsemble = {
    clientPorts: q.clientPorts,
    connectString: q.clientPorts.map((p) => `127.0.0.1:${p}`).join(','),
    stopServer: (i) => q.kill(i + 1),
    stop: () => q.stop(),
  };
  try {
    await waitFor('one leader and two followers', async () => {
      const modes = await Promise.all([1, 2, 3].map(async (id) => (await q.srvr(id)).mode));
      return modes.filter((m) => m === 'leader').length === 1 && modes.filter((m) => m === 'follower').length === 2 ? true : null;
    }, timeoutMs);
  } catch (e) {
    await ensemble.stop();
    throw e;
  }
  return ensemble;
}
