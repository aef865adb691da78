/**
 * Validates a scenario's optional `tour`: narration steps bound to engine marks or times. Tour texts
 * come from files and links like everything else, so they get the same treatment: every problem is
 * named, nothing is trusted, and texts stay plain text.
 */
import type { LocalizedText, TourStep } from './types';
import { LANGUAGES } from './types';
import { Problems, describe, isInt, isObject } from './problems';

/** A tour may have this many steps; each text at most this long. */
export const TOUR_LIMITS = { maxSteps: 100, maxText: 2000, maxLook: 200, maxNth: 10_000 } as const;
const MARK_CODE = /^[a-z][A-Za-z.]{0,63}$/;
const PANEL = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

function text(raw: unknown, at: string, max: number, required: boolean, p: Problems): LocalizedText | undefined {
  if (raw === undefined && !required) return undefined;
  const allowed = `texts by language like {"en": "…", "zh-CN": "…"}, each at most ${max} characters`;
  if (!isObject(raw)) {
    p.add(at, `is ${describe(raw)}`, allowed);
    return undefined;
  }
  p.unknownKeys(raw, at, LANGUAGES);
  const out: { -readonly [L in keyof LocalizedText]: string } = {};
  for (const lang of LANGUAGES) {
    const v = raw[lang];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > max) p.add(`${at}.${lang}`, `is ${describe(v)}`, allowed);
    else out[lang] = v;
  }
  if (required && out.en === undefined) p.add(`${at}.en`, 'is missing', 'an English text (other languages fall back to it)');
  return out;
}

function step(raw: unknown, at: string, ids: ReadonlySet<number> | null, p: Problems): TourStep | null {
  if (!isObject(raw)) {
    p.add(at, `is ${describe(raw)}`, 'an object like {"mark": {"code": "zab.serving"}, "text": {"en": "…"}}');
    return null;
  }
  const before = p.list.length;
  p.unknownKeys(raw, at, ['at', 'mark', 'text', 'look', 'highlight']);
  if (raw.at !== undefined && (!isInt(raw.at) || raw.at < 0)) p.add(`${at}.at`, `is ${describe(raw.at)}`, 'virtual ms, 0 or more');
  let mark: TourStep['mark'];
  if (raw.mark !== undefined) {
    const m = raw.mark;
    if (!isObject(m)) p.add(`${at}.mark`, `is ${describe(m)}`, 'an object like {"code": "zab.serving", "sid": 2, "nth": 1}');
    else {
      p.unknownKeys(m, `${at}.mark`, ['code', 'sid', 'nth']);
      if (typeof m.code !== 'string' || !MARK_CODE.test(m.code)) p.add(`${at}.mark.code`, `is ${describe(m.code)}`, 'a mark code like "fle.vote.adopt"');
      if (m.sid !== undefined && (!isInt(m.sid) || (ids !== null && !ids.has(m.sid)))) p.add(`${at}.mark.sid`, `is ${describe(m.sid)}`, 'a server of this scenario');
      if (m.nth !== undefined && (!isInt(m.nth) || m.nth < 1 || m.nth > TOUR_LIMITS.maxNth)) p.add(`${at}.mark.nth`, `is ${describe(m.nth)}`, `1 to ${TOUR_LIMITS.maxNth}`);
      mark = { code: m.code as string, ...(m.sid !== undefined ? { sid: m.sid as number } : {}), ...(m.nth !== undefined ? { nth: m.nth as number } : {}) };
    }
  }
  if (raw.at === undefined && raw.mark === undefined) p.add(at, 'has neither "at" nor "mark"', 'a time ("at") or a mark ("mark") to bind the step to');
  const body = text(raw.text, `${at}.text`, TOUR_LIMITS.maxText, true, p);
  const look = text(raw.look, `${at}.look`, TOUR_LIMITS.maxLook, false, p);
  let highlight: TourStep['highlight'];
  if (raw.highlight !== undefined) {
    const h = raw.highlight;
    if (!isObject(h)) p.add(`${at}.highlight`, `is ${describe(h)}`, 'an object like {"servers": [3], "panel": "tally"}');
    else {
      p.unknownKeys(h, `${at}.highlight`, ['servers', 'panel']);
      const serversOk = h.servers === undefined || (Array.isArray(h.servers) && h.servers.length <= 255 && h.servers.every((s) => isInt(s) && (ids === null || ids.has(s))));
      if (!serversOk) p.add(`${at}.highlight.servers`, `is ${describe(h.servers)}`, 'a list of servers of this scenario');
      if (h.panel !== undefined && (typeof h.panel !== 'string' || !PANEL.test(h.panel))) p.add(`${at}.highlight.panel`, `is ${describe(h.panel)}`, 'a panel name like "tally", "log", "code", "lamport", "ensemble"');
      highlight = { ...(h.servers !== undefined ? { servers: h.servers as number[] } : {}), ...(h.panel !== undefined ? { panel: h.panel as string } : {}) };
    }
  }
  if (p.list.length > before || !body) return null;
  return { ...(raw.at !== undefined ? { at: raw.at as number } : {}), ...(mark ? { mark } : {}), text: body, ...(look ? { look } : {}), ...(highlight ? { highlight } : {}) };
}

/** Validates `raw` as a tour; records problems in `p` and returns the steps that were valid. */
export function validateTour(raw: unknown, ids: ReadonlySet<number> | null, p: Problems): TourStep[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > TOUR_LIMITS.maxSteps) {
    p.add('tour', `is ${describe(raw)}`, `a list of 1 to ${TOUR_LIMITS.maxSteps} steps`);
    return [];
  }
  const steps: TourStep[] = [];
  raw.forEach((s, i) => {
    const v = step(s, `tour[${i}]`, ids, p);
    if (v) steps.push(v);
  });
  return steps;
}
