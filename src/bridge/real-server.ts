/**
 * Starts a throwaway standalone ZooKeeper from Debian's package (/usr/share/java/zookeeper.jar, Java 17) on
 * 127.0.0.1 with its own data directory and port, and stops it by its pid. Used by the differential test
 * and for trying the bridge locally.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's ZooKeeper jar and its config folder (log4j settings). */
export const JAR = '/usr/share/java/zookeeper.jar';
export const CONF_DIR = '/etc/zookeeper/conf';

/** A free port on 127.0.0.1: the kernel picks one and it is released at once for the server that needs it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Why a real ZooKeeper cannot be started here, or null when it can. */
export function realZooKeeperMissing(): string | null {
  if (!existsSync(JAR)) return `${JAR} not found (install Debian's package: apt-get install -y --no-install-recommends zookeeper)`;
  if (!existsSync('/usr/bin/java')) return '/usr/bin/java not found (install a Java runtime, e.g. openjdk-17-jre-headless)';
  return null;
}

/** A running server. */
export interface RealServer {
  pid: number;
  port: number;
  connectString: string;
  dataDir: string;
  /** Everything the JVM printed (its log goes to the console). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Sends a four-letter word and resolves with the answer ('' when the port does not answer). */
export function fourLetterWord(host: string, port: number, word: string, timeoutMs = 2000): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    const socket = connect({ host, port }, () => socket.write(word));
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on('data', (d) => (data += d.toString('utf8')));
    socket.on('error', () => resolve(''));
    socket.on('close', () => resolve(data));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // Already dead (killed by a test) and not yet reaped: its exit event is on the way.
    }
  });
}

/** Starts a standalone server on 127.0.0.1:`port`; rejects (after stopping it) if it is not serving within `startTimeoutMs`. */
export async function startRealZooKeeper(port: number, startTimeoutMs = 30000, systemProperties: string[] = []): Promise<RealServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zkscope-zk-'));
  const cfg = join(dataDir, 'zoo.cfg');
  writeFileSync(cfg, ['tickTime=2000', `dataDir=${join(dataDir, 'data')}`, `clientPort=${port}`, 'clientPortAddress=127.0.0.1', '4lw.commands.whitelist=*', 'admin.enableServer=false', ''].join('\n'));
  const args = ['-cp', `${CONF_DIR}:${JAR}`, '-Dzookeeper.root.logger=INFO,CONSOLE', '-Dzookeeper.console.threshold=INFO', `-Dzookeeper.log.dir=${dataDir}`, '-Xmx256m', ...systemProperties.map((p) => `-D${p}`), 'org.apache.zookeeper.server.quorum.QuorumPeerMain', cfg];
  const child = spawn('/usr/bin/java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = async (): Promise<void> => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if ((await fourLetterWord('127.0.0.1', port, 'ruok', 500)) === 'imok' && /Mode: standalone/.test(await fourLetterWord('127.0.0.1', port, 'srvr'))) {
      return { pid: child.pid as number, port, connectString: `127.0.0.1:${port}`, dataDir, output: () => output, stop };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`ZooKeeper did not start serving on 127.0.0.1:${port} within ${startTimeoutMs} ms (exit ${child.exitCode}); its output:\n${output.slice(-2000)}`);
}
