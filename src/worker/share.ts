/**
 * The share link: `#v1.<base64url of deflate-raw JSON {scenario, actions, step}>`. Versioned so later
 * formats can still open old links; validated on the way in, so a broken hash gives a clear problem.
 */
import type { Scenario, ScenarioEvent } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import type { TimedAction } from './run';

/** What a link reproduces: the scenario, the actions of the branch shown, and the moment. */
export interface Shared {
  readonly scenario: Scenario;
  readonly actions: TimedAction[];
  readonly step: number;
  readonly t: number;
}

const PREFIX = 'v1.';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** Encodes a moment as a URL hash (without the leading #). */
export async function encodeShare(s: Shared): Promise<string> {
  const json = JSON.stringify({ scenario: s.scenario, actions: s.actions.map((a) => [a.afterStep, a.event]), step: s.step, t: s.t });
  return PREFIX + toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** Decodes a URL hash; returns the moment, or a one-line problem to show. */
export async function decodeShare(hash: string): Promise<Shared | string> {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return 'the link is not a zkscope v1 link';
  let doc: { scenario?: unknown; actions?: unknown; step?: unknown; t?: unknown };
  try {
    doc = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw'))));
  } catch {
    return 'the link is damaged (it could not be decoded)';
  }
  const v = validateScenario(doc.scenario);
  if (!v.ok) return `the link's scenario is invalid: ${v.problems[0]}`;
  if (!Array.isArray(doc.actions)) return 'the link has no action list';
  // Actions are checked as scenario events of the same scenario, so the same rules apply.
  const events = doc.actions.map((a) => (Array.isArray(a) ? a[1] : null));
  const check = validateScenario({ ...v.scenario, events: [...v.scenario.events, ...events], until: Math.max(v.scenario.until, ...events.map((e) => Number((e as { at?: unknown })?.at) || 0)) });
  if (!check.ok) return `the link's actions are invalid: ${check.problems[0]}`;
  const actions: TimedAction[] = [];
  for (const [i, a] of (doc.actions as unknown[][]).entries()) {
    const after = a[0];
    if (typeof after !== 'number' || !Number.isInteger(after) || after < 0) return `action ${i + 1} of the link has no valid step`;
    actions.push({ afterStep: after, event: check.scenario.events[v.scenario.events.length + i] as ScenarioEvent });
  }
  const step = doc.step, t = doc.t;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || typeof t !== 'number' || !(t >= 0)) return 'the link has no valid moment';
  return { scenario: v.scenario, actions, step, t };
}
