/**
 * Validates one entry of a scenario's `events` list (cli-contract.md §1).
 */
import type { ScenarioEvent } from './types';
import { Problems, describe, isInt, isObject } from './problems';
import { m } from './phrase';

const KINDS = [
  'start', 'stop', 'partition', 'heal', 'client', 'snapshot', 'cut', 'mend', 'drop', 'kill', 'lock', 'unlock',
  'delay', 'duplicate', 'latency', 'slow',
] as const;
/** The longest hold-back or slowness a fault may add (one virtual hour). */
export const MAX_FAULT_MS = 3_600_000;
const LOCK_PATH = /^\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;
const SESSION_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_COMMAND_LENGTH = 2_000_000;

/** Returns the event, or null after recording its problems. */
export function validateEvent(e: unknown, at: string, ids: ReadonlySet<number> | null, until: number, p: Problems): ScenarioEvent | null {
  if (!isObject(e)) {
    p.add(at, m`is ${describe(e)}`, m`an object like {"at": 0, "do": "start", "server": 1}`);
    return null;
  }
  const before = p.list.length;
  if (!isInt(e.at) || e.at < 0 || e.at > until) p.add(`${at}.at`, m`is ${describe(e.at)}`, m`virtual ms from 0 to until (${until})`);
  const server = (key: string, v: unknown): number => {
    if (!isInt(v) || (ids !== null && !ids.has(v))) p.add(`${at}.${key}`, m`${describe(v)} is not a server of this scenario`, ids ? m`one of ${[...ids].join(', ')}` : m`a server id`);
    return v as number;
  };
  const kind = e.do as (typeof KINDS)[number];
  let ev: ScenarioEvent | null = null;
  switch (kind) {
    case 'start':
      p.unknownKeys(e, at, ['at', 'do', 'server']);
      ev = { at: e.at as number, do: 'start', server: server('server', e.server) };
      break;
    case 'stop': {
      p.unknownKeys(e, at, ['at', 'do', 'server', 'signal']);
      const signal = e.signal === undefined ? 'TERM' : e.signal;
      if (signal !== 'TERM' && signal !== 'KILL') p.add(`${at}.signal`, m`is ${describe(signal)}`, m`"TERM" (the default) or "KILL"`);
      ev = { at: e.at as number, do: 'stop', server: server('server', e.server), signal: signal as 'TERM' | 'KILL' };
      break;
    }
    case 'partition': {
      p.unknownKeys(e, at, ['at', 'do', 'groups']);
      ev = { at: e.at as number, do: 'partition', groups: validateGroups(e.groups, `${at}.groups`, server, p) };
      break;
    }
    case 'heal':
      p.unknownKeys(e, at, ['at', 'do']);
      ev = { at: e.at as number, do: 'heal' };
      break;
    case 'client': {
      p.unknownKeys(e, at, ['at', 'do', 'session', 'servers', 'command']);
      if (typeof e.session !== 'string' || !SESSION_NAME.test(e.session)) {
        p.add(`${at}.session`, m`is ${describe(e.session)}`, m`a name of 1–64 letters, digits, _ or -`);
      }
      let servers: number[] | null = null;
      if (e.servers !== undefined) {
        if (!Array.isArray(e.servers) || e.servers.length === 0) p.add(`${at}.servers`, m`is ${describe(e.servers)}`, m`a non-empty list of server ids`);
        else servers = e.servers.map((s, i) => server(`servers[${i}]`, s));
      }
      // An empty line only opens the session (the app's "new client" does this), as Enter does in zkCli.
      if (typeof e.command !== 'string' || e.command.length > MAX_COMMAND_LENGTH) {
        p.add(`${at}.command`, m`is ${describe(e.command)}`, m`one zkCli command line, e.g. "create /k1 one" ("" only opens the session)`);
      }
      ev = { at: e.at as number, do: 'client', session: e.session as string, servers, command: e.command as string };
      break;
    }
    case 'snapshot':
      p.unknownKeys(e, at, ['at', 'do', 'label']);
      if (typeof e.label !== 'string' || e.label === '' || e.label.length > 200) p.add(`${at}.label`, m`is ${describe(e.label)}`, m`a non-empty text of at most 200 characters`);
      ev = { at: e.at as number, do: 'snapshot', label: e.label as string };
      break;
    case 'cut':
    case 'mend': {
      p.unknownKeys(e, at, ['at', 'do', 'servers']);
      const pair = Array.isArray(e.servers) && e.servers.length === 2 ? e.servers : null;
      if (!pair || pair[0] === pair[1]) {
        p.add(`${at}.servers`, m`is ${describe(e.servers)}`, m`two different server ids, e.g. [1, 2]`);
        break;
      }
      ev = { at: e.at as number, do: kind, servers: [server('servers[0]', pair[0]), server('servers[1]', pair[1])] };
      break;
    }
    case 'kill':
    case 'unlock':
      p.unknownKeys(e, at, ['at', 'do', 'session']);
      if (typeof e.session !== 'string' || !SESSION_NAME.test(e.session)) p.add(`${at}.session`, m`is ${describe(e.session)}`, m`the name of a client session of this scenario`);
      ev = { at: e.at as number, do: kind, session: e.session as string };
      break;
    case 'lock': {
      p.unknownKeys(e, at, ['at', 'do', 'session', 'servers', 'path', 'herd']);
      if (typeof e.session !== 'string' || !SESSION_NAME.test(e.session)) p.add(`${at}.session`, m`is ${describe(e.session)}`, m`a name of 1–64 letters, digits, _ or -`);
      const path = e.path === undefined ? '/locks' : e.path;
      if (typeof path !== 'string' || !LOCK_PATH.test(path) || path.startsWith('/zookeeper')) p.add(`${at}.path`, m`is ${describe(path)}`, m`a znode path such as "/locks" (not under /zookeeper)`);
      if (e.herd !== undefined && typeof e.herd !== 'boolean') p.add(`${at}.herd`, m`is ${describe(e.herd)}`, m`true or false`);
      let servers: number[] | null = null;
      if (e.servers !== undefined) {
        if (!Array.isArray(e.servers) || e.servers.length === 0) p.add(`${at}.servers`, m`is ${describe(e.servers)}`, m`a non-empty list of server ids`);
        else servers = e.servers.map((s, i) => server(`servers[${i}]`, s));
      }
      ev = { at: e.at as number, do: 'lock', session: e.session as string, servers, path: path as string, herd: e.herd === true };
      break;
    }
    case 'drop':
    case 'duplicate':
      p.unknownKeys(e, at, ['at', 'do', 'message']);
      messageId(e.message, `${at}.message`, p);
      ev = { at: e.at as number, do: kind, message: e.message as number };
      break;
    case 'delay':
      p.unknownKeys(e, at, ['at', 'do', 'message', 'ms']);
      messageId(e.message, `${at}.message`, p);
      faultMs(e.ms, `${at}.ms`, 1, p);
      ev = { at: e.at as number, do: 'delay', message: e.message as number, ms: e.ms as number };
      break;
    case 'slow':
      p.unknownKeys(e, at, ['at', 'do', 'server', 'ms']);
      faultMs(e.ms, `${at}.ms`, 0, p);
      ev = { at: e.at as number, do: 'slow', server: server('server', e.server), ms: e.ms as number };
      break;
    case 'latency': {
      p.unknownKeys(e, at, ['at', 'do', 'servers', 'latencyMs']);
      const pair = Array.isArray(e.servers) && e.servers.length === 2 ? e.servers : null;
      if (!pair || pair[0] === pair[1]) {
        p.add(`${at}.servers`, m`is ${describe(e.servers)}`, m`two different server ids, e.g. [1, 2]`);
        break;
      }
      const range: unknown[] = Array.isArray(e.latencyMs) ? e.latencyMs : [];
      const ok = range.length === 2 && isInt(range[0]) && isInt(range[1]) && range[0] >= 1 && range[0] <= range[1] && range[1] <= 600_000;
      // At least 1 ms, as for the scenario's own latency: 0 lets two servers answer each other forever at one instant.
      if (!ok) p.add(`${at}.latencyMs`, m`is ${describe(range)}`, m`[min, max] whole ms with 1 ≤ min ≤ max ≤ 600000`);
      ev = { at: e.at as number, do: 'latency', servers: [server('servers[0]', pair[0]), server('servers[1]', pair[1])], latencyMs: [range[0] as number, range[1] as number] };
      break;
    }
    default:
      p.add(`${at}.do`, m`is ${describe(e.do)}`, m`${KINDS.map((k) => `"${k}"`).join(', ')}`);
  }
  return p.list.length === before ? ev : null;
}

function messageId(v: unknown, at: string, p: Problems): void {
  if (!isInt(v) || v < 1) p.add(at, m`is ${describe(v)}`, m`the id of a message in flight (a positive integer)`);
}

function faultMs(v: unknown, at: string, min: number, p: Problems): void {
  if (!isInt(v) || v < min || v > MAX_FAULT_MS) p.add(at, m`is ${describe(v)}`, m`whole virtual ms from ${min} to ${MAX_FAULT_MS}`);
}

function validateGroups(raw: unknown, at: string, server: (key: string, v: unknown) => number, p: Problems): number[][] {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(at, m`is ${describe(raw)}`, m`a list of groups of server ids, e.g. [[1], [2, 3]]`);
    return [];
  }
  const placed = new Set<number>();
  return raw.map((g, i) => {
    if (!Array.isArray(g)) {
      p.add(`${at}[${i}]`, m`is ${describe(g)}`, m`a list of server ids`);
      return [];
    }
    return g.map((s, j) => {
      const id = server(`groups[${i}][${j}]`, s);
      if (placed.has(id)) p.add(`${at}[${i}][${j}]`, m`server ${id} is in two groups`, m`each server in at most one group`);
      placed.add(id);
      return id;
    });
  });
}
