/**
 * Validates a scenario's optional `tour`: narration steps bound to engine marks or times. Tour texts
 * come from files and links like everything else, so they get the same treatment: every problem is
 * named, nothing is trusted, and texts stay plain text.
 */
import type { LocalizedText, TourStep } from './types';
import { LANGUAGES } from './types';
import { Problems, describe, isInt, isObject } from './problems';
import { m } from './phrase';

/** A tour may have this many steps; each text at most this long. */
export const TOUR_LIMITS = { maxSteps: 100, maxText: 2000, maxLook: 200, maxNth: 10_000 } as const;
const MARK_CODE = /^[a-z][A-Za-z.]{0,63}$/;
const PANEL = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function text(raw: unknown, at: string, max: number, required: boolean, p: Problems): LocalizedText | undefined {
  if (raw === undefined && !required) return undefined;
  const allowed = m`texts by language like {"en": "…", "zh-CN": "…"}, each at most ${max} characters`;
  if (!isObject(raw)) {
    p.add(at, m`is ${describe(raw)}`, allowed);
    return undefined;
  }
  p.unknownKeys(raw, at, LANGUAGES);
  const out: { -readonly [L in keyof LocalizedText]: string } = {};
  for (const lang of LANGUAGES) {
    const v = raw[lang];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > max) p.add(`${at}.${lang}`, m`is ${describe(v)}`, allowed);
    else out[lang] = v;
  }
  if (required && out.en === undefined) p.add(`${at}.en`, m`is missing`, m`an English text (other languages fall back to it)`);
  return out;
}

function step(raw: unknown, at: string, ids: ReadonlySet<number> | null, p: Problems): TourStep | null {
  if (!isObject(raw)) {
    p.add(at, m`is ${describe(raw)}`, m`an object like {"mark": {"code": "zab.serving"}, "text": {"en": "…"}}`);
    return null;
  }
  const before = p.list.length;
  p.unknownKeys(raw, at, ['at', 'mark', 'text', 'look', 'highlight']);
  if (raw.at !== undefined && (!isInt(raw.at) || raw.at < 0)) p.add(`${at}.at`, m`is ${describe(raw.at)}`, m`virtual ms, 0 or more`);
  let mark: TourStep['mark'];
  if (raw.mark !== undefined) {
    const mk = raw.mark;
    if (!isObject(mk)) p.add(`${at}.mark`, m`is ${describe(mk)}`, m`an object like {"code": "zab.serving", "sid": 2, "nth": 1}`);
    else {
      p.unknownKeys(mk, `${at}.mark`, ['code', 'sid', 'nth']);
      if (typeof mk.code !== 'string' || !MARK_CODE.test(mk.code)) p.add(`${at}.mark.code`, m`is ${describe(mk.code)}`, m`a mark code like "fle.vote.adopt"`);
      if (mk.sid !== undefined && (!isInt(mk.sid) || (ids !== null && !ids.has(mk.sid)))) p.add(`${at}.mark.sid`, m`is ${describe(mk.sid)}`, m`a server of this scenario`);
      if (mk.nth !== undefined && (!isInt(mk.nth) || mk.nth < 1 || mk.nth > TOUR_LIMITS.maxNth)) p.add(`${at}.mark.nth`, m`is ${describe(mk.nth)}`, m`1 to ${TOUR_LIMITS.maxNth}`);
      mark = { code: mk.code as string, ...(mk.sid !== undefined ? { sid: mk.sid as number } : {}), ...(mk.nth !== undefined ? { nth: mk.nth as number } : {}) };
    }
  }
  if (raw.at === undefined && raw.mark === undefined) p.add(at, m`has neither "at" nor "mark"`, m`a time ("at") or a mark ("mark") to bind the step to`);
  const body = text(raw.text, `${at}.text`, TOUR_LIMITS.maxText, true, p);
  const look = text(raw.look, `${at}.look`, TOUR_LIMITS.maxLook, false, p);
  let highlight: TourStep['highlight'];
  if (raw.highlight !== undefined) {
    const h = raw.highlight;
    if (!isObject(h)) p.add(`${at}.highlight`, m`is ${describe(h)}`, m`an object like {"servers": [3], "panel": "tally"}`);
    else {
      p.unknownKeys(h, `${at}.highlight`, ['servers', 'panel']);
      const serversOk = h.servers === undefined || (Array.isArray(h.servers) && h.servers.length <= 255 && h.servers.every((s) => isInt(s) && (ids === null || ids.has(s))));
      if (!serversOk) p.add(`${at}.highlight.servers`, m`is ${describe(h.servers)}`, m`a list of servers of this scenario`);
      if (h.panel !== undefined && (typeof h.panel !== 'string' || !PANEL.test(h.panel))) p.add(`${at}.highlight.panel`, m`is ${describe(h.panel)}`, m`a panel name like "tally", "log", "code", "lamport", "ensemble"`);
      highlight = { ...(h.servers !== undefined ? { servers: h.servers as number[] } : {}), ...(h.panel !== undefined ? { panel: h.panel as string } : {}) };
    }
  }
  if (p.list.length > before || !body) return null;
  return { ...(raw.at !== undefined ? { at: raw.at as number } : {}), ...(mark ? { mark } : {}), text: body, ...(look ? { look } : {}), ...(highlight ? { highlight } : {}) };
}

/** Validates `raw` as a tour; records problems in `p` and returns the steps that were valid. */
export function validateTour(raw: unknown, ids: ReadonlySet<number> | null, p: Problems): TourStep[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > TOUR_LIMITS.maxSteps) {
    p.add('tour', m`is ${describe(raw)}`, m`a list of 1 to ${TOUR_LIMITS.maxSteps} steps`);
    return [];
  }
  const steps: TourStep[] = [];
  raw.forEach((s, i) => {
    const v = step(s, `tour[${i}]`, ids, p);
    if (v) steps.push(v);
  });
  return steps;
}
