/**
 * Share links: the exact moment of a run — scenario, the user's actions, branch, step and time,
 * open panels and language — as a URL-fragment-safe text `v2.<base64url>`. The version prefix tells
 * formats apart (`v1.` was the worker's first, deflate-based format). The payload is CRC-32 +
 * LZ77-compressed JSON, so a damaged link is recognised as damaged instead of opening something else.
 * Decoding never throws: anything wrong gives one clear problem, and the app loads its default.
 */
import type { Language, Scenario, ScenarioEvent } from './types';
import { LANGUAGES } from './types';
import { Problems, describe, isInt, isObject } from './problems';
import { m, type Phrase } from './phrase';
import { LIMITS, validateScenario } from './validate';
import { validateEvent } from './validate-event';
import { eventDocument } from './event-document';
import { crc32, fromBase64Url, toBase64Url, utf8Decode, utf8Encode } from './url-codec-bytes';
import { lzCompress, lzDecompress } from './url-codec-lz';

/** A user's action and where in the run it was taken (after how many steps). */
export interface SharedAction {
  readonly afterStep: number;
  readonly event: ScenarioEvent;
}

/** Everything a link reproduces. */
export interface ShareState {
  readonly scenario: Scenario;
  readonly actions: readonly SharedAction[];
  readonly branch: number;
  readonly step: number;
  /** Virtual time shown, in ms. */
  readonly t: number;
  readonly panels: readonly string[];
  readonly lang: Language;
}

/** The outcome of encoding or decoding. */
export type Encoded = { readonly ok: true; readonly link: string } | { readonly ok: false; readonly problem: Phrase };
export type Decoded = { readonly ok: true; readonly state: ShareState } | { readonly ok: false; readonly problem: Phrase };

export const LINK_PREFIX = 'v2.';
/** Longer links get cut by chat tools and mail clients; a bigger run is saved as a file instead. */
export const MAX_LINK_CHARS = 64_000;
/** The JSON inside a link may not expand beyond this (a decompression bomb stops here). */
export const MAX_JSON_BYTES = 2_000_000;
const MAX_PANELS = 32;
const PANEL_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MAX_BRANCH = 1_000_000;

/** Encodes a moment as a link fragment (without `#`), or says why it cannot. */
export function encodeShareState(s: ShareState): Encoded {
  const doc = {
    s: { ...s.scenario, events: s.scenario.events.map(eventDocument) },
    a: s.actions.map((a) => [a.afterStep, eventDocument(a.event)]),
    b: s.branch, k: s.step, t: s.t, p: s.panels, l: s.lang,
  };
  const json = utf8Encode(JSON.stringify(doc));
  if (json.length > MAX_JSON_BYTES) return { ok: false, problem: m`the run is too large to share as a link (${json.length} bytes); save it as a file instead` };
  const packed = lzCompress(json);
  const payload = new Uint8Array(4 + packed.length);
  new DataView(payload.buffer).setUint32(0, crc32(json));
  payload.set(packed, 4);
  const link = LINK_PREFIX + toBase64Url(payload);
  if (link.length > MAX_LINK_CHARS) {
    return { ok: false, problem: m`the link would be ${link.length} characters, more than the ${MAX_LINK_CHARS} a link may have; save the run as a file instead` };
  }
  return { ok: true, link };
}

/** Decodes a link fragment (with or without `#`); never throws. */
export function decodeShareState(fragment: unknown): Decoded {
  try {
    return decode(fragment);
  } catch (e) {
    // Last line of defence (e.g. a nesting too deep for the JSON parser): still a message, not a crash.
    return { ok: false, problem: m`the link could not be read (${e instanceof Error ? e.name : 'error'})` };
  }
}

function decode(fragment: unknown): Decoded {
  const fail = (problem: Phrase): Decoded => ({ ok: false, problem });
  if (typeof fragment !== 'string') return fail(m`the link is not text`);
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body.length > MAX_LINK_CHARS) return fail(m`the link is ${body.length} characters long, more than the ${MAX_LINK_CHARS} allowed`);
  if (body.startsWith('v1.')) return fail(m`the link uses the older v1 format, which this reader does not open`);
  if (!body.startsWith(LINK_PREFIX)) return fail(m`the link is not a zkscope link (it should start with "${LINK_PREFIX}")`);
  const payload = fromBase64Url(body.slice(LINK_PREFIX.length));
  if (!payload) return fail(m`the link is damaged: it contains characters a zkscope link never has, or was cut off`);
  if (payload.length < 5) return fail(m`the link is damaged: it is too short (cut off?)`);
  const json = lzDecompress(payload.subarray(4), MAX_JSON_BYTES);
  if (!(json instanceof Uint8Array)) return fail(m`the link is damaged: ${json}`);
  if (crc32(json) !== new DataView(payload.buffer, payload.byteOffset).getUint32(0)) return fail(m`the link is damaged: its checksum does not match (changed or cut off?)`);
  const text = utf8Decode(json);
  if (text === null) return fail(m`the link is damaged: its text is not valid UTF-8`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fail(m`the link is damaged: its contents are not valid JSON`);
  }
  return validateDocument(doc);
}

function validateDocument(doc: unknown): Decoded {
  const fail = (problem: Phrase): Decoded => ({ ok: false, problem });
  if (!isObject(doc)) return fail(m`the link holds no moment of a run`);
  const v = validateScenario(doc.s);
  if (!v.ok) return fail(m`the link's scenario is invalid: ${v.problems.slice(0, 3)}${v.problems.length > 3 ? m` (and ${v.problems.length - 3} more)` : ''}`);
  const p = new Problems();
  p.unknownKeys(doc, '', ['s', 'a', 'b', 'k', 't', 'p', 'l']);
  const actions = validateActions(doc.a, new Set(v.scenario.servers.map((s) => s.id)), p);
  if (!isInt(doc.b) || doc.b < 0 || doc.b > MAX_BRANCH) p.add('branch', m`is ${describe(doc.b)}`, m`a branch id from 0 to ${MAX_BRANCH}`);
  if (!isInt(doc.k) || doc.k < 0) p.add('step', m`is ${describe(doc.k)}`, m`a step count, 0 or more`);
  if (typeof doc.t !== 'number' || !(doc.t >= 0 && doc.t <= LIMITS.maxUntilMs)) p.add('time', m`is ${describe(doc.t)}`, m`virtual ms from 0 to ${LIMITS.maxUntilMs}`);
  const panels = doc.p;
  const panelsOk = Array.isArray(panels) && panels.length <= MAX_PANELS && panels.every((x) => typeof x === 'string' && PANEL_NAME.test(x)) && new Set(panels).size === panels.length;
  if (!panelsOk) p.add('panels', m`is ${describe(panels)}`, m`at most ${MAX_PANELS} different panel names (letters, digits, _ . -)`);
  if (!LANGUAGES.includes(doc.l as Language)) p.add('language', m`is ${describe(doc.l)}`, m`${LANGUAGES.map((l) => `"${l}"`).join(' or ')}`);
  if (p.list.length > 0) return fail(m`the link is invalid: ${p.list.slice(0, 3)}`);
  return {
    ok: true,
    state: { scenario: v.scenario, actions, branch: doc.b as number, step: doc.k as number, t: doc.t as number, panels: panels as string[], lang: doc.l as Language },
  };
}

/** Each action is `[afterStep, event]`; events follow the scenario rules, but may come after `until` (runs extend). */
function validateActions(raw: unknown, ids: ReadonlySet<number>, p: Problems): SharedAction[] {
  if (!Array.isArray(raw) || raw.length > LIMITS.maxEvents) {
    p.add('actions', m`is ${describe(raw)}`, m`a list of at most ${LIMITS.maxEvents} actions`);
    return [];
  }
  const actions: SharedAction[] = [];
  raw.forEach((a, i) => {
    if (!Array.isArray(a) || a.length !== 2 || !isInt(a[0]) || a[0] < 0) return p.add(`actions[${i}]`, m`is ${describe(a)}`, m`[step, event] with a step count of 0 or more`);
    const event = validateEvent(a[1], `actions[${i}]`, ids, LIMITS.maxUntilMs, p);
    if (event) actions.push({ afterStep: a[0], event });
  });
  return actions;
}
