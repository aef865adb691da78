/**
 * Validates a scenario document (cli-contract.md §1) into a Scenario with defaults, or lists every
 * problem, one line each: which field, what was wrong, what is allowed. Never throws.
 */
import type { LocalizedText, Scenario, ScenarioConfig, ScenarioEvent, ScenarioServer } from './types';
import { DEFAULT_CONFIG, DEFAULT_LATENCY_MS, LANGUAGES } from './types';
import { Problems, isInt, isObject, describe } from './problems';
import { m, type Phrase } from './phrase';
import { validateEvent } from './validate-event';
import { validateTour } from './validate-tour';

/** Upper bounds that keep a run finite and a page responsive. */
export const LIMITS = {
  maxServers: 255,
  maxVoters: 51,
  maxUntilMs: 86_400_000,
  maxEvents: 10_000,
  maxTickTime: 60_000,
  maxLimitTicks: 1_000,
  maxLatencyMs: 60_000,
  maxTitleLength: 200,
  maxTextLength: 4000,
  /** Simulation steps a scenario may be expected to take (see estimateSteps). */
  maxSteps: 10_000_000,
} as const;

/**
 * Simulation steps a steady ensemble takes per server per tick: a ping each way and its answer (measured:
 * 3.96 for 3 servers, 4.1 for 5, 4.4 to 5.0 for 51, across tickTimes from 2 to 2000 ms).
 */
export const STEPS_PER_SERVER_TICK = 4;

/** About how many simulation steps running `servers` for `untilMs` at `tickTime` takes. */
export function estimateSteps(servers: number, tickTime: number, untilMs: number): number {
  return Math.ceil(untilMs / tickTime) * servers * STEPS_PER_SERVER_TICK;
}

/** The outcome of validation. */
export type Validated = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: Phrase[] };

/** Parses JSON text and validates it. */
export function parseScenario(text: string): Validated {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [m`the file is not valid JSON: ${(e as Error).message}`] };
  }
  return validateScenario(doc);
}

/** Validates an already parsed document. */
export function validateScenario(doc: unknown): Validated {
  const p = new Problems();
  if (!isObject(doc)) return { ok: false, problems: [m`the scenario must be a JSON object, not ${describe(doc)}`] };
  p.unknownKeys(doc, '', ['$schema', 'format', 'version', 'title', 'seed', 'servers', 'config', 'network', 'events', 'until', 'tour', ...TEXT_FIELDS]);
  // `$schema` tells editors where public/scenario.schema.json is; zkscope itself needs nothing from it.
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') p.add('$schema', m`is ${describe(doc.$schema)}`, m`the address of the scenario schema, a text`);
  if (doc.format !== 'zkscope/scenario') p.add('format', m`is ${describe(doc.format)}`, m`must be "zkscope/scenario"`);
  if (doc.version !== 1) p.add('version', m`is ${describe(doc.version)}`, m`this zkscope reads version 1`);
  const title = doc.title === undefined ? '' : doc.title;
  if (typeof title !== 'string' || title.length > LIMITS.maxTitleLength) p.add('title', m`is ${describe(title)}`, m`a text of at most ${LIMITS.maxTitleLength} characters`);
  const seed = doc.seed === undefined ? 0 : doc.seed;
  if (!isInt(seed) || seed < 0 || seed > 0xffffffff) p.add('seed', m`is ${describe(seed)}`, m`an unsigned 32-bit integer (0 … 4294967295)`);
  const servers = validateServers(doc.servers, p);
  const config = validateConfig(doc.config, p);
  const latencyMs = validateNetwork(doc.network, p);
  const until = doc.until;
  const untilOk = isInt(until) && until >= 0 && until <= LIMITS.maxUntilMs;
  if (!untilOk) p.add('until', m`is ${describe(until)}`, m`virtual milliseconds to run, an integer from 0 to ${LIMITS.maxUntilMs}`);
  const serversOk = Array.isArray(doc.servers) && servers.length === doc.servers.length;
  const events = validateEvents(doc.events, serversOk ? servers : null, untilOk ? (until as number) : LIMITS.maxUntilMs, p);
  const texts: { -readonly [K in (typeof TEXT_FIELDS)[number]]?: LocalizedText } = {};
  for (const key of TEXT_FIELDS) {
    const limit = key === 'titles' ? LIMITS.maxTitleLength : LIMITS.maxTextLength;
    if (doc[key] !== undefined) texts[key] = validateLocalized(doc[key], key, limit, p);
  }
  const tour = doc.tour === undefined ? undefined : validateTour(doc.tour, serversOk ? new Set(servers.map((s) => s.id)) : null, p);
  if (untilOk && serversOk) checkFinishes(servers.length, config.tickTime, until as number, p);
  if (p.list.length > 0) return { ok: false, problems: p.list };
  return {
    ok: true,
    scenario: {
      format: 'zkscope/scenario', version: 1, title: title as string, seed: seed as number, servers, config,
      network: { latencyMs }, events, until: until as number, ...texts, ...(tour ? { tour } : {}),
    },
  };
}

/** A run too long for its bound is refused before it starts, saying why, rather than left to hang. */
function checkFinishes(servers: number, tickTime: number, until: number, p: Problems): void {
  const steps = estimateSteps(servers, tickTime, until);
  if (steps <= LIMITS.maxSteps) return;
  p.add('until', m`${until} ms at config.tickTime ${tickTime} ms with ${servers} servers is about ${steps} simulation steps (${STEPS_PER_SERVER_TICK} per server per tick), more than the ${LIMITS.maxSteps} a run may take`, m`a larger config.tickTime or a smaller until (at most ${Math.floor(LIMITS.maxSteps / (servers * STEPS_PER_SERVER_TICK)) * tickTime} ms at this tickTime)`);
}

/** The optional teaching texts, each a LocalizedText. */
const TEXT_FIELDS = ['titles', 'explain', 'question'] as const;

function validateLocalized(raw: unknown, at: string, maxLength: number, p: Problems): LocalizedText {
  if (!isObject(raw)) {
    p.add(at, m`is ${describe(raw)}`, m`an object of texts by language, like {"en": "…", "zh-CN": "…"}`);
    return {};
  }
  p.unknownKeys(raw, at, LANGUAGES);
  const text: { -readonly [L in keyof LocalizedText]: string } = {};
  for (const lang of LANGUAGES) {
    const v = raw[lang];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > maxLength) p.add(`${at}.${lang}`, m`is ${describe(v)}`, m`a plain text of at most ${maxLength} characters`);
    else text[lang] = v;
  }
  return text;
}

function validateServers(raw: unknown, p: Problems): ScenarioServer[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > LIMITS.maxServers) {
    p.add('servers', m`is ${describe(raw)}`, m`a list of 1 to ${LIMITS.maxServers} servers like {"id": 1}`);
    return [];
  }
  const seen = new Set<number>();
  const servers: ScenarioServer[] = [];
  raw.forEach((s, i) => {
    const at = `servers[${i}]`;
    if (!isObject(s)) return p.add(at, m`is ${describe(s)}`, m`an object like {"id": 1} or {"id": 4, "observer": true}`);
    p.unknownKeys(s, at, ['id', 'observer']);
    if (!isInt(s.id) || s.id < 1 || s.id > 255) return p.add(`${at}.id`, m`is ${describe(s.id)}`, m`a myid from 1 to 255`);
    if (seen.has(s.id)) return p.add(`${at}.id`, m`${s.id} appears twice`, m`each server id once`);
    if (s.observer !== undefined && typeof s.observer !== 'boolean') p.add(`${at}.observer`, m`is ${describe(s.observer)}`, m`true or false`);
    seen.add(s.id);
    servers.push(s.observer === true ? { id: s.id, observer: true } : { id: s.id });
  });
  const voters = servers.filter((s) => !s.observer).length;
  // Only when every entry was valid: a rejected id must not also read as "no voter".
  if (servers.length === raw.length && voters === 0) p.add('servers', m`has no voting server`, m`at least one server without "observer": true`);
  if (voters > LIMITS.maxVoters) p.add('servers', m`has ${voters} voters`, m`at most ${LIMITS.maxVoters} voters (plus observers)`);
  return servers;
}

function validateConfig(raw: unknown, p: Problems): ScenarioConfig {
  if (raw === undefined) return DEFAULT_CONFIG;
  if (!isObject(raw)) {
    p.add('config', m`is ${describe(raw)}`, m`an object like {"tickTime": 2000, "initLimit": 10, "syncLimit": 5}`);
    return DEFAULT_CONFIG;
  }
  p.unknownKeys(raw, 'config', ['tickTime', 'initLimit', 'syncLimit', ENFORCE_QUOTA]);
  const pick = (key: 'tickTime' | 'initLimit' | 'syncLimit', min: number, max: number, unit: Phrase): number => {
    const v = raw[key] === undefined ? DEFAULT_CONFIG[key] : raw[key];
    if (!isInt(v) || v < min || v > max) {
      p.add(`config.${key}`, m`is ${describe(v)}`, m`an integer from ${min} to ${max} (${unit})`);
      return DEFAULT_CONFIG[key];
    }
    return v;
  };
  const tickTime = pick('tickTime', 2, LIMITS.maxTickTime, m`ms`);
  const initLimit = pick('initLimit', 1, LIMITS.maxLimitTicks, m`ticks`);
  const syncLimit = pick('syncLimit', 1, LIMITS.maxLimitTicks, m`ticks`);
  const enforce = raw[ENFORCE_QUOTA];
  if (enforce !== undefined && typeof enforce !== 'boolean') p.add(`config.${ENFORCE_QUOTA}`, m`is ${describe(enforce)}`, m`true or false`);
  return enforce === true ? { tickTime, initLimit, syncLimit, [ENFORCE_QUOTA]: true } : { tickTime, initLimit, syncLimit };
}

/** The optional server property a scenario may set, named as ZooKeeper's Java system property. */
const ENFORCE_QUOTA = 'zookeeper.enforceQuota';

function validateNetwork(raw: unknown, p: Problems): [number, number] {
  if (raw === undefined) return [...DEFAULT_LATENCY_MS] as [number, number];
  if (!isObject(raw)) {
    p.add('network', m`is ${describe(raw)}`, m`an object like {"latencyMs": [1, 5]}`);
    return [...DEFAULT_LATENCY_MS] as [number, number];
  }
  p.unknownKeys(raw, 'network', ['latencyMs']);
  const l = raw.latencyMs === undefined ? DEFAULT_LATENCY_MS : raw.latencyMs;
  // A message between two machines always takes time: with 0 ms, two servers that answer each other
  // (a LOOKING voter and an OBSERVING observer do, §1.10) would exchange messages forever at one instant.
  const ok = Array.isArray(l) && l.length === 2 && isInt(l[0]) && isInt(l[1]) && l[0] >= 1 && l[0] <= l[1] && l[1] <= LIMITS.maxLatencyMs;
  if (!ok) {
    p.add('network.latencyMs', m`is ${describe(l)}`, m`[min, max] whole milliseconds with 1 ≤ min ≤ max ≤ ${LIMITS.maxLatencyMs}`);
    return [...DEFAULT_LATENCY_MS] as [number, number];
  }
  return [l[0], l[1]] as [number, number];
}

/** `servers` null: the server list itself was wrong, so references to it are not checked (no echo errors). */
function validateEvents(raw: unknown, servers: ScenarioServer[] | null, until: number, p: Problems): ScenarioEvent[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > LIMITS.maxEvents) {
    p.add('events', m`is ${describe(raw)}`, m`a list of at most ${LIMITS.maxEvents} events`);
    return [];
  }
  const ids = servers ? new Set(servers.map((s) => s.id)) : null;
  const labels = new Set<string>();
  const events: ScenarioEvent[] = [];
  raw.forEach((e, i) => {
    const ev = validateEvent(e, `events[${i}]`, ids, until, p);
    if (!ev) return;
    if (ev.do === 'snapshot') {
      if (labels.has(ev.label)) return p.add(`events[${i}].label`, m`"${ev.label}" is used twice`, m`a different label for each snapshot`);
      labels.add(ev.label);
    }
    events.push(ev);
  });
  return events;
}
