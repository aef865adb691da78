/**
 * The zkCli and lock sessions the app opens through the bridge. Each belongs to the socket that opened it
 * and closes with it; at most BRIDGE_LIMITS.sessions are open over the whole bridge (each is a real
 * ZooKeeper connection, and ZooKeeper refuses a host past maxClientCnxns); one idle for `idleMs` is closed.
 * Requests of one session run one at a time, so each reply carries its own request's output.
 */
import zookeeper from 'node-zookeeper-client';
import type { Client } from 'node-zookeeper-client';
import { BRIDGE_LIMITS } from './protocol.ts';
import { closeRealZkCli, isBusy, startRealZkCli, takeRealOutput, typeRealLine, type RealZkCli } from './real-zkcli.ts';

/** One open session of a socket. */
export type OpenSession =
  | ({ kind: 'zkcli'; cli: RealZkCli } & SessionUse)
  | ({ kind: 'lock'; client: Client; node: string | null } & SessionUse);

/** What every session keeps about its use. */
interface SessionUse {
  name: string;
  lastUsedMs: number;
  /** The tail of its request queue (zkCli lines run one at a time). */
  busy: Promise<void>;
  /** Requests queued or running. */
  active: number;
}

/** A request in flight, failed at once when ZooKeeper goes away. */
interface InFlight {
  fail(message: string): void;
}

/** What a zkCli line answers within this long, or the session is abandoned (its late answer must not reach a later reply). */
export const ZKCLI_ANSWER_MS = 10_000;

/** All sessions of one bridge. */
export class BridgeSessions {
  private readonly bySocket = new Map<object, Map<string, OpenSession>>();
  private readonly inFlight = new Set<InFlight>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly connectString: string, private readonly idleMs: number) {
    this.sweeper = setInterval(() => this.closeIdle(Date.now()), Math.max(50, Math.min(idleMs, 30_000)));
  }

  /** How many sessions are open over every socket. */
  get count(): number {
    let n = 0;
    for (const m of this.bySocket.values()) n += m.size;
    return n;
  }

  /** The socket's session `name` of `kind`, opened if needed; a string saying why not when the cap is reached. */
  open(socket: object, kind: OpenSession['kind'], name: string): OpenSession | string {
    const mine = this.bySocket.get(socket) ?? new Map<string, OpenSession>();
    this.bySocket.set(socket, mine);
    const key = `${kind}:${name}`;
    const found = mine.get(key);
    if (found && (found.kind !== 'zkcli' || found.cli.cli.processAlive)) {
      found.lastUsedMs = Date.now();
      return found;
    }
    if (found) this.closeOne(mine, key);
    if (this.count >= BRIDGE_LIMITS.sessions) return `the bridge has ${BRIDGE_LIMITS.sessions} sessions open, its limit: close a console or wait for an idle one to close`;
    const now = Date.now();
    let s: OpenSession;
    const use = { name, lastUsedMs: now, busy: Promise.resolve(), active: 0 };
    if (kind === 'zkcli') s = { kind, cli: startRealZkCli(this.connectString, 30000), ...use };
    else {
      const client = zookeeper.createClient(this.connectString, { sessionTimeout: 30000, retries: 0 });
      client.connect();
      s = { kind, client, node: null, ...use };
    }
    mine.set(key, s);
    return s;
  }

  /**
   * Runs `work` (which resolves once its reply is sent): a zkCli line after the session's earlier lines, so
   * its output is its own; a lock request at once (a release must not wait behind an acquire that waits).
   */
  run(s: OpenSession, work: () => Promise<void>): void {
    s.active++;
    const run = (): Promise<void> => work().finally(() => {
      s.active--;
      s.lastUsedMs = Date.now();
    });
    if (s.kind === 'zkcli') s.busy = s.busy.then(run, run);
    else void run();
  }

  /** Registers a request in flight; returns the function that retires it. */
  track(fail: (message: string) => void): () => void {
    const entry: InFlight = { fail };
    this.inFlight.add(entry);
    return () => this.inFlight.delete(entry);
  }

  /** ZooKeeper went away: every request in flight fails now, with `message`. */
  failAll(message: string): void {
    const all = [...this.inFlight];
    this.inFlight.clear();
    for (const f of all) f.fail(message);
  }

  /** Closes one session of a socket (after a failed request its state is unknown). */
  discard(socket: object, s: OpenSession): void {
    const mine = this.bySocket.get(socket);
    if (mine) this.closeOne(mine, `${s.kind}:${s.name}`);
  }

  /** Closes every session of a socket (it closed). */
  closeSocket(socket: object): void {
    const mine = this.bySocket.get(socket);
    if (!mine) return;
    for (const key of [...mine.keys()]) this.closeOne(mine, key);
    this.bySocket.delete(socket);
  }

  /** Closes everything (the bridge stops). */
  closeAll(): void {
    clearInterval(this.sweeper);
    for (const socket of [...this.bySocket.keys()]) this.closeSocket(socket);
  }

  private closeIdle(now: number): void {
    for (const mine of this.bySocket.values()) {
      for (const [key, s] of [...mine]) if (now - s.lastUsedMs >= this.idleMs && !this.isWorking(s)) this.closeOne(mine, key);
    }
  }

  private isWorking(s: OpenSession): boolean {
    return s.active > 0 || (s.kind === 'zkcli' ? isBusy(s.cli) : s.node !== null);
  }

  private closeOne(mine: Map<string, OpenSession>, key: string): void {
    const s = mine.get(key);
    mine.delete(key);
    if (s?.kind === 'zkcli') closeRealZkCli(s.cli);
    else s?.client.close();
  }
}

/** Types a line and resolves with what it printed once settled; rejects when no answer comes in time. */
export function answerLine(cli: RealZkCli, line: string): Promise<string[]> {
  typeRealLine(cli, line);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const wait = setInterval(() => {
      if (isBusy(cli) && !cli.lost && Date.now() - started < ZKCLI_ANSWER_MS) return;
      clearInterval(wait);
      if (cli.lost) reject(new Error('ZooKeeper is unreachable: the connection was lost during the request'));
      else if (isBusy(cli)) reject(new Error(`no answer from ZooKeeper within ${ZKCLI_ANSWER_MS / 1000} s`));
      else resolve(takeRealOutput(cli));
    }, 50);
  });
}
