/**
 * Client sessions and the client ↔ server traffic as the app draws them (issue 5): each zkCli or
 * lock-recipe process with its state word and printed lines, and every packet on a client connection.
 */
import type { LockPhase } from '../engine/recipes/lock-recipe';
import { longHex } from '../engine/zkcli/stat-printer';
import { Code, keeperErrorMessage } from '../engine/datatree/keeper-exception';
import type { ClientPacket, ServerMessage } from '../engine/zkcli/protocol';
import type { SimClient } from '../sim/client-state';
import type { World } from '../sim/world';
import type { SimEvent } from '../sim/world-state';

/** What the app calls a session's state (zkCli's CONNECTING plus the session's fate). */
export type ClientStateWord = 'CONNECTING' | 'CONNECTED' | 'DISCONNECTED' | 'EXPIRED' | 'CLOSED';

/** A lock contender's place in the recipe. */
export interface RecipeView {
  readonly lockPath: string;
  readonly herd: boolean;
  readonly phase: LockPhase;
  readonly node: string | null;
  readonly watching: string | null;
  readonly notifications: number;
  /** true once it has held the lock (it may have released it since). */
  readonly held: boolean;
}

/** A zkCli command typed into a session: its text, its number in the session (SimClient.typed), and the prompt it was typed at. */
export interface TypedCommand {
  readonly client: string;
  readonly line: string;
  readonly n: number;
  readonly prompt: string;
}

/** One client process and its session. */
export interface ClientView {
  readonly name: string;
  readonly sessionId: string;
  readonly timeout: number;
  readonly server: number | null;
  readonly state: ClientStateWord;
  /** The process died without closing (its session lives on the servers until it expires). */
  readonly killed: boolean;
  /** When the leader will expire the session, if the leader tracks it. */
  readonly expiresAt: number | null;
  /** The console: typed commands (`kind: 'in'`) between the lines zkCli printed, the last MAX_LINES. */
  readonly lines: readonly { readonly kind: 'in' | 'out'; readonly text: string }[];
  readonly recipe: RecipeView | null;
}

/** A packet on a client connection. */
export interface ClientMessageView {
  readonly id: number;
  readonly client: string;
  readonly server: number;
  /** true client → server. */
  readonly up: boolean;
  /** connect, request, ping, auth, connected, response, watch, sessionClosed, connectionLost, authFailed; a refused request's answer is `refused`. */
  readonly kind: string;
  /** Readable payload: `getData /a`, `NodeDataChanged /a`, … */
  readonly label: string;
  readonly sentAt: number;
  readonly deliverAt: number;
}

const MAX_LINES = 400;

function upLabel(p: ClientPacket): string {
  if (p.kind !== 'request') return p.kind;
  const op = p.op as { type: string; path?: string };
  return op.path === undefined ? op.type : `${op.type} ${op.path}`;
}

function downLabel(m: ServerMessage, c: SimClient | undefined): string {
  switch (m.kind) {
    case 'watch':
      return `${m.event.type} ${m.event.path ?? ''}`.trim();
    case 'response': {
      const op = c?.cli.client.pending.find((p) => p.xid === m.xid)?.op as { type: string; path?: string } | undefined;
      if (op && REFUSALS.has(m.err)) return `${op.type}${op.path === undefined ? '' : ` ${op.path}`} refused: ${codeText(m.err)}`;
      return op ? `${op.type} reply` : 'reply';
    }
    case 'authFailed':
      return `addauth refused: ${codeText(Code.AUTHFAILED)}`;
    case 'sessionClosed':
      return m.expired ? 'session expired' : 'session closed';
    default:
      return m.kind;
  }
}

// Answers that refuse the request for who asked or what it would do: drawn as refusals on the wire.
const REFUSALS = new Set<number>([Code.NOAUTH, Code.INVALIDACL, Code.AUTHFAILED, Code.QUOTAEXCEEDED]);
const codeText = (err: number): string => keeperErrorMessage(err, null).replace('KeeperErrorCode = ', '');

/** The kind a message is drawn as: a refused request gets its own kind. */
function downKind(m: ServerMessage): string {
  if (m.kind === 'authFailed' || (m.kind === 'response' && REFUSALS.has(m.err))) return 'refused';
  return m.kind;
}

/** Packets now travelling on client connections, from the agenda. */
export function clientMessages(w: World): ClientMessageView[] {
  const out: ClientMessageView[] = [];
  for (const e of w.state.agenda as SimEvent[]) {
    if (e.kind !== 'clientToServer' && e.kind !== 'serverToClient') continue;
    const cn = w.state.cnxns.get(e.cnxnId);
    if (!cn) continue;
    const c = w.state.clients.get(cn.client);
    const up = e.kind === 'clientToServer';
    const kind = up ? (e.packet.kind) : downKind(e.message);
    const label = up ? upLabel(e.packet) : downLabel(e.message, c);
    out.push({ id: e.seq, client: cn.client, server: cn.server, up, kind, label, sentAt: e.sentAt ?? w.state.now, deliverAt: e.time });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** Whether any running server still knows the session (a killed client's session outlives it). */
function sessionAlive(w: World, id: bigint): boolean {
  for (const p of w.state.peers.values()) if (p.mem?.db.tree.sessionsWithTimeouts.has(id)) return true;
  return false;
}

function leaderExpiry(w: World, id: bigint): number | null {
  for (const p of w.state.peers.values()) {
    const at = p.mem?.zk.pipeline?.tracker.sessionExpiryQueue.elemMap.get(id);
    if (at !== undefined) return at;
  }
  return null;
}

function stateWord(w: World, c: SimClient, killed: boolean): ClientStateWord {
  const client = c.cli.client;
  const expired = c.recipe?.phase === 'expired' || c.output.some((l) => l.includes('state:Expired'));
  if (!c.cli.processAlive) {
    if (!killed) return expired ? 'EXPIRED' : 'CLOSED';
    return client.sessionId !== 0n && sessionAlive(w, client.sessionId) ? 'DISCONNECTED' : 'EXPIRED';
  }
  if (client.state === 'CONNECTED') return 'CONNECTED';
  if (client.state === 'CLOSED') return expired ? 'EXPIRED' : 'CLOSED';
  return client.sessionId === 0n ? 'CONNECTING' : 'DISCONNECTED';
}

function consoleLines(c: SimClient, typed: readonly TypedCommand[]): ClientView['lines'] {
  const lines: { kind: 'in' | 'out'; text: string }[] = [];
  let i = 0;
  // Each echo goes where its command began to run, so its output follows it even when it was typed while
  // an earlier command still waited (while CONNECTING); a command not begun yet waits at the end.
  const at = (cmd: TypedCommand) => c.begunAt[cmd.n] ?? c.output.length;
  const mine = typed.filter((t) => t.client === c.name).sort((a, b) => at(a) - at(b) || a.n - b.n);
  for (const cmd of mine) {
    for (; i < Math.min(at(cmd), c.output.length); i++) lines.push({ kind: 'out', text: c.output[i] });
    lines.push({ kind: 'in', text: `${cmd.prompt} ${cmd.line}` });
  }
  for (; i < c.output.length; i++) lines.push({ kind: 'out', text: c.output[i] });
  return lines.length > MAX_LINES ? lines.slice(lines.length - MAX_LINES) : lines;
}

/** Every client process, in the order they started; `typed` are the commands typed so far. */
export function viewClients(w: World, typed: readonly TypedCommand[]): ClientView[] {
  return [...w.state.clients.values()].map((c) => {
    const client = c.cli.client;
    const killed = c.output.includes('(process killed)');
    const r = c.recipe;
    return {
      name: c.name, sessionId: longHex(client.sessionId), timeout: client.negotiatedTimeout || client.requestedTimeout,
      server: c.server, state: stateWord(w, c, killed), killed,
      expiresAt: client.sessionId === 0n ? null : leaderExpiry(w, client.sessionId),
      lines: consoleLines(c, typed),
      recipe: r && {
        lockPath: r.lockPath, herd: r.herd, phase: r.phase, node: r.node, watching: r.watching, notifications: r.notifications,
        held: c.output.some((l) => l.endsWith('holding the lock')),
      },
    };
  });
}

/** zkCli's prompt, `[zk: host(STATE) n]`, at which the n-th command of a session was typed. */
export function promptOf(host: string, state: string, count: number): string {
  return `[zk: ${host}(${state}) ${count}]`;
}
