/**
 * Records what the official zkCli 3.8 (org.apache.zookeeper.ZooKeeperMain from Debian's jar, reading
 * commands from stdin as the shared reference recordings were made) prints for a transcript (cli-contract
 * §3), one JVM per session, against a throwaway real standalone server started with the transcript's
 * `#server` options as Java system properties. The steps have the simulator's `zkcli` shape.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Instruction } from '../sim/standalone/transcript.ts';
import { CONF_DIR, JAR, freePort, startRealZooKeeper } from './real-server.ts';
import type { RealStep } from './real-transcript.ts';

/** One zkCli JVM: its stdout split into lines as they arrive. */
interface JavaZkCli {
  child: ChildProcess;
  lines: string[];
  lastOutputMs: number;
  exited: boolean;
}

const LOG_RECORD = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/;
const QUIET_MS = 600;
const START_QUIET_MS = 1500;
// A command that printed nothing yet may still be waiting for a slow JVM or reply: give it this long.
const SILENT_MS = 2500;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function startJavaZkCli(connectString: string): JavaZkCli {
  const args = ['-cp', `${CONF_DIR}:${JAR}`, '-Dzookeeper.root.logger=ERROR,CONSOLE', '-Dzookeeper.console.threshold=ERROR', '-Xmx128m', 'org.apache.zookeeper.ZooKeeperMain', '-server', connectString];
  const child = spawn('/usr/bin/java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const s: JavaZkCli = { child, lines: [], lastOutputMs: Date.now(), exited: false };
  // zkCli prints errors on stderr and results on stdout; a terminal shows both, so both are recorded.
  // Each stream is split into lines on its own; log records (they start with a date) and SLF4J's notes
  // about its missing binding are the JVM's, not zkCli's, and are dropped.
  const reader = (): ((d: Buffer) => void) => {
    let partial = '';
    return (d) => {
      s.lastOutputMs = Date.now();
      const parts = (partial + d.toString('utf8')).split('\n');
      partial = parts.pop() as string;
      s.lines.push(...parts.filter((l) => !LOG_RECORD.test(l) && !l.startsWith('SLF4J: ')));
    };
  };
  child.stdout?.on('data', reader());
  child.stderr?.on('data', reader());
  child.once('exit', () => (s.exited = true));
  return s;
}

/**
 * Waits at least `minMs`, then until every session has been quiet for `quietMs`; while nothing at all has
 * been printed since `start`, at least `silentMs` (bounded by 15 s).
 */
async function settle(sessions: Map<string, JavaZkCli>, minMs: number, quietMs: number, silentMs = 0): Promise<void> {
  const start = Date.now();
  await sleep(minMs);
  while (Date.now() - start < 15000) {
    const now = Date.now();
    const printed = [...sessions.values()].some((s) => s.lastOutputMs > start);
    const quiet = [...sessions.values()].every((s) => s.exited || now - s.lastOutputMs >= quietMs);
    if (quiet && (printed || now - start >= silentMs)) return;
    await sleep(20);
  }
}

function collect(sessions: Map<string, JavaZkCli>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, s] of sessions) {
    if (s.lines.length > 0) out[name] = s.lines.splice(0);
  }
  return out;
}

function stopJava(s: JavaZkCli): Promise<void> {
  if (s.exited || s.child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    s.child.once('exit', () => resolve());
    process.kill(s.child.pid as number, 'SIGKILL');
  });
}

/** Runs `instructions` through real zkCli processes on a fresh real server; returns the recorded steps. */
export async function recordRealZkCli(instructions: Instruction[]): Promise<{ steps: RealStep[]; problems: string[] }> {
  const props = instructions.flatMap((i) => (i.kind === 'server' ? [i.assignment] : []));
  const server = await startRealZooKeeper(await freePort(), 30000, props);
  const sessions = new Map<string, JavaZkCli>();
  const steps: RealStep[] = [];
  const problems: string[] = [];
  let waitMs = 600;
  try {
    for (const ins of instructions) {
      if (ins.kind === 'note') steps.push({ note: ins.text });
      else if (ins.kind === 'server') steps.push({ server: ins.assignment });
      else if (ins.kind === 'kill') {
        const s = sessions.get(ins.session);
        if (s !== undefined) await stopJava(s);
        sessions.delete(ins.session);
        problems.push(`line ${ins.line}: #kill: the real zkCli process was killed (SIGKILL)`);
      } else if (ins.kind === 'wait') {
        waitMs = ins.ms;
        steps.push({ wait: ins.ms });
      } else if (ins.kind === 'sleep') {
        await settle(sessions, ins.ms, QUIET_MS);
        steps.push({ sleepMs: ins.ms, output: collect(sessions) });
      } else {
        let s = sessions.get(ins.session);
        if (s === undefined || s.exited) {
          s = startJavaZkCli(server.connectString);
          sessions.set(ins.session, s);
          await settle(sessions, 1000, START_QUIET_MS);
          steps.push({ session: ins.session, command: `<start zkCli -server ${server.connectString}>`, output: collect(sessions) });
        }
        s.child.stdin?.write(`${ins.command}\n`);
        await settle(sessions, waitMs, QUIET_MS, SILENT_MS);
        steps.push({ session: ins.session, command: ins.command, output: collect(sessions) });
      }
    }
  } finally {
    for (const s of sessions.values()) await stopJava(s);
    await server.stop();
  }
  return { steps, problems };
}
