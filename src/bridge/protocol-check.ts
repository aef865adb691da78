/**
 * The one shape check of the bridge protocol (protocol.ts): every message in either direction is read as
 * `unknown` and either becomes a typed message or yields one line naming what was wrong. No DOM and no node
 * APIs, so the bridge and the app share it. Never throws.
 */
import { BRIDGE_LIMITS, type BridgeEvent, type BridgeRequest } from './protocol.ts';

/** A typed message, or why the value is not one. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** What one field must be. */
type FieldKind =
  | { kind: 'text'; max: number; pattern?: RegExp; hint?: string }
  | { kind: 'text?' }
  | { kind: 'number' }
  | { kind: 'number?' }
  | { kind: 'boolean' }
  | { kind: 'array' }
  | { kind: 'one of'; values: readonly string[] };
type Shape = Readonly<Record<string, FieldKind>>;

const id: FieldKind = { kind: 'text', max: BRIDGE_LIMITS.idChars };
const session: FieldKind = { kind: 'text', max: BRIDGE_LIMITS.sessionChars, pattern: /^[\w.-]+$/, hint: 'letters, digits, _ . -' };

const REQUESTS: Readonly<Record<BridgeRequest['type'], Shape>> = {
  refresh: {},
  zkcli: { requestId: id, session, line: { kind: 'text', max: BRIDGE_LIMITS.lineChars } },
  lock: {
    requestId: id, session, action: { kind: 'one of', values: ['acquire', 'release'] },
    lockPath: { kind: 'text', max: BRIDGE_LIMITS.pathChars, pattern: /^\/[^\0]*$/, hint: 'an absolute znode path' },
  },
};

const EVENTS: Readonly<Record<BridgeEvent['type'], Shape>> = {
  hello: { version: { kind: 'number' }, ensemble: { kind: 'array' }, commandsEnabled: { kind: 'boolean' } },
  connection: { state: { kind: 'one of', values: ['connecting', 'connected', 'disconnected', 'expired'] }, atMs: { kind: 'number' } },
  servers: { atMs: { kind: 'number' }, servers: { kind: 'array' } },
  tree: { atMs: { kind: 'number' }, nodes: { kind: 'array' }, truncated: { kind: 'boolean' } },
  sessions: { atMs: { kind: 'number' }, sessions: { kind: 'array' }, watches: { kind: 'array' } },
  output: { requestId: { kind: 'text?' }, session: { kind: 'text', max: Infinity }, lines: { kind: 'array' } },
  lock: {
    requestId: { kind: 'text', max: Infinity }, session: { kind: 'text', max: Infinity }, state: { kind: 'one of', values: ['waiting', 'acquired', 'released'] },
    node: { kind: 'text', max: Infinity }, waitingFor: { kind: 'text?' },
  },
  error: { requestId: { kind: 'text?' }, message: { kind: 'text', max: Infinity } },
};

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

function fieldProblem(name: string, k: FieldKind, v: unknown): string | null {
  switch (k.kind) {
    case 'text':
      if (typeof v !== 'string') return `${name} must be a string, got ${describe(v)}`;
      if (v.length > k.max) return `${name} is ${v.length} characters long; at most ${k.max}`;
      if (k.pattern && !k.pattern.test(v)) return `${name} must be ${k.hint ?? k.pattern.source}`;
      return null;
    case 'text?': return v === null || typeof v === 'string' ? null : `${name} must be a string or null, got ${describe(v)}`;
    case 'number': return typeof v === 'number' && Number.isFinite(v) ? null : `${name} must be a number, got ${describe(v)}`;
    case 'number?': return v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : `${name} must be a number or null, got ${describe(v)}`;
    case 'boolean': return typeof v === 'boolean' ? null : `${name} must be true or false, got ${describe(v)}`;
    case 'array': return Array.isArray(v) ? null : `${name} must be an array, got ${describe(v)}`;
    case 'one of': return typeof v === 'string' && k.values.includes(v) ? null : `${name} must be one of ${k.values.join(', ')}`;
  }
}

function check<T>(shapes: Readonly<Record<string, Shape>>, what: string, v: unknown): Checked<T> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, problem: `${what} must be a JSON object, got ${describe(v)}` };
  const type = (v as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) {
    return { ok: false, problem: `${what} needs "type": one of ${Object.keys(shapes).join(', ')}${type === undefined ? '' : `, got ${JSON.stringify(type).slice(0, 40)}`}` };
  }
  const shape = shapes[type] as Shape;
  for (const [name, kind] of Object.entries(shape)) {
    const p = fieldProblem(name, kind, (v as Record<string, unknown>)[name]);
    if (p !== null) return { ok: false, problem: `${type}: ${p}` };
  }
  return { ok: true, value: v as T };
}

/** Reads one request of the app (already parsed JSON). */
export function checkBridgeRequest(v: unknown): Checked<BridgeRequest> {
  return check<BridgeRequest>(REQUESTS, 'a request', v);
}

/** Reads one event of the bridge (already parsed JSON). */
export function checkBridgeEvent(v: unknown): Checked<BridgeEvent> {
  return check<BridgeEvent>(EVENTS, 'an event', v);
}

/** Parses and checks one request's text; on failure also the requestId it carried, if usable. */
export function readBridgeRequest(text: string): Checked<BridgeRequest> & { requestId: string | null } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'a request must be one JSON object (see src/bridge/protocol.ts); this is not JSON', requestId: null };
  }
  return { ...checkBridgeRequest(v), requestId: requestIdOf(v) };
}

/** The requestId of a value that failed its check, when it has a usable one (so the error lands where it was asked). */
function requestIdOf(v: unknown): string | null {
  const r = typeof v === 'object' && v !== null ? (v as { requestId?: unknown }).requestId : undefined;
  return typeof r === 'string' && r.length <= BRIDGE_LIMITS.idChars ? r : null;
}
