/**
 * Tours tell the truth (issue 10): every step's narration is checked against the frame the app shows at
 * that step. The facts each narration names are in tour-facts.test-helper.ts; the narration itself is tied
 * to them (every state word and zxid it names must be among its facts) and to its Chinese text (the same
 * states, zxids, numbers and ZooKeeper names).
 */
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presetScenario, type ScenarioPresetId } from '../scenario/presets/index';
import { kindOf, type Frame } from './frame-types';
import { framesOf } from './tour-frames.test-helper';
import { CHECKED_ELSEWHERE, TOUR_FACTS, type MessageFact, type StepFacts } from './tour-facts.test-helper';

const entries = <V>(r: Readonly<Record<number | string, V>> | undefined) => Object.entries(r ?? {}) as [string, V][];

/** Does the message match every field the fact gives? */
function matches(m: Record<string, unknown>, fact: MessageFact): boolean {
  return entries<unknown>(fact as unknown as Record<string, unknown>).every(([k, v]) => m[k] === v);
}

function wireOf(f: Frame): Record<string, unknown>[] {
  return f.messages.map((m) => ({ ...m.payload, kind: kindOf(m.payload), from: m.from, to: m.to }));
}

function checkServers(f: Frame, facts: StepFacts, at: string): void {
  const server = (sid: string) => f.servers.find((s) => s.id === Number(sid));
  for (const [sid, state] of entries(facts.states)) expect(server(sid)?.state, `${at}: server ${sid}'s state`).toBe(state);
  for (const [sid, round] of entries(facts.rounds)) expect(server(sid)?.logicalclock, `${at}: server ${sid}'s round`).toBe(round);
  for (const [sid, vote] of entries(facts.votes)) expect(server(sid)?.vote, `${at}: server ${sid}'s vote`).toMatchObject(vote);
  for (const [sid, epoch] of entries(facts.epochs)) expect(server(sid)?.currentEpoch, `${at}: server ${sid}'s currentEpoch`).toBe(epoch);
  for (const [sid, zxid] of entries(facts.lastZxid)) expect(server(sid)?.lastZxid, `${at}: server ${sid}'s lastZxid`).toBe(zxid);
  for (const sid of facts.serving ?? []) expect(server(String(sid))?.serving, `${at}: server ${sid} serves`).toBe(true);
}

function checkMessages(f: Frame, facts: StepFacts, at: string): void {
  if (facts.wire?.length === 0) expect(f.messages, `${at}: nothing in flight`).toEqual([]);
  const wire = wireOf(f);
  for (const m of facts.wire ?? []) expect(wire.some((x) => matches(x, m)), `${at}: on the wire ${JSON.stringify(m)}`).toBe(true);
  for (const m of facts.trace ?? []) {
    expect(f.trace.some((x) => matches(x as unknown as Record<string, unknown>, m)), `${at}: in the diagram ${JSON.stringify(m)}`).toBe(true);
  }
}

function checkTally(f: Frame, facts: StepFacts, at: string): void {
  const want = facts.tally;
  if (!want) return;
  const tally = f.tally;
  expect(tally?.sid, `${at}: the tally shown is server ${want.sid}'s`).toBe(want.sid);
  if (want.support !== undefined) expect(tally?.support, `${at}: tally support`).toBe(want.support);
  if (want.needed !== undefined) expect(tally?.needed, `${at}: quorum needed`).toBe(want.needed);
  if (want.finalizeWait) expect(f.servers.find((s) => s.id === want.sid)?.wait?.kind, `${at}: finalizeWait`).toBe('finalize');
  for (const [sid, leader] of entries(want.recvset)) {
    expect(tally?.recvset.find((r) => r.sid === Number(sid))?.leader, `${at}: recvset[${sid}]`).toBe(leader);
  }
  if (want.backing) expect(tally?.recvset.filter((r) => r.supports).map((r) => r.sid), `${at}: recvset rows backing`).toEqual(want.backing);
  for (const [sid, state] of entries(want.outofelection)) {
    expect(tally?.outofelection.find((r) => r.sid === Number(sid))?.state, `${at}: outofelection[${sid}]`).toBe(state);
  }
}

function checkData(f: Frame, facts: StepFacts, at: string): void {
  if (facts.log) expect(f.log.some((l) => l.text.includes(facts.log!)), `${at}: the log shows ${facts.log}`).toBe(true);
  if (facts.write) expect(f.broadcast?.writes, `${at}: the write`).toContainEqual(expect.objectContaining(facts.write));
  const node = (path: string) => f.tree?.nodes.find((n) => n.path === path && !n.missing);
  for (const [path, owner] of entries(facts.znodes?.present)) expect(node(path)?.ownerSession, `${at}: ${path} and its owner`).toBe(owner);
  for (const path of facts.znodes?.absent ?? []) expect(node(path), `${at}: ${path} is gone`).toBeUndefined();
  for (const [path, sessions] of entries(facts.watches)) {
    const held = (f.tree?.nodes.find((n) => n.path === path)?.watches ?? []).map((w) => w.session).sort();
    expect(held, `${at}: watches on ${path}`).toEqual([...sessions].sort());
  }
  const lines = (name: string) => f.clients.find((c) => c.name === name)?.lines.map((l) => l.text) ?? [];
  for (const [name, texts] of entries(facts.printed)) {
    for (const text of texts) expect(lines(name).some((l) => l.includes(text)), `${at}: ${name} printed ${text}`).toBe(true);
  }
  for (const [name, paths] of entries(facts.woken)) {
    const events = lines(name).flatMap((l) => /type:NodeDeleted path:(\S+)/.exec(l)?.[1] ?? []);
    expect(events, `${at}: ${name} was woken for`).toEqual(paths);
  }
  if (facts.lockHolder) {
    const queue = (f.tree?.nodes ?? []).filter((n) => n.parent === '/locks' && !n.missing).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(queue[0]?.ownerSession, `${at}: the lock holder`).toBe(facts.lockHolder);
  }
}

const STATE_WORD = /\b(?:LOOKING|FOLLOWING|LEADING|OBSERVING)\b/g;
const HEX = /0x[0-9a-f]+/g;
/** What a narration names that a translation must name too: states, packets, zxids, numbers, paths, ZooKeeper's identifiers. */
const TOKEN = /0x[0-9a-f]+|\/[a-z][\w/-]*|lock-\d+|\b[A-Z]{3,}s?\b|\b[a-z]+[A-Z]\w*\b|\b(?:recvset|outofelection|logicalclock|cversion|myid|zxids?)\b|\bc\d\b|\d+/g;

function tokens(text: string | undefined): string[] {
  const found = (text ?? '').match(TOKEN) ?? [];
  // "zxids", "ACKs": a plural is the same name.
  return [...new Set(found.map((w) => w.replace(/^(zxid|[A-Z]{3,})s$/, '$1')))].sort();
}

const toured = PRESET_IDS.filter((id) => (presetScenario(id).tour ?? []).length > 0);

describe('tours tell the truth: each step against the frame it shows', () => {
  it('every preset with a tour has its facts, one entry per step', () => {
    for (const id of toured) {
      if (CHECKED_ELSEWHERE.includes(id)) continue;
      expect(TOUR_FACTS[id]?.length, id).toBe(presetScenario(id).tour?.length);
    }
  });

  for (const id of Object.keys(TOUR_FACTS) as ScenarioPresetId[]) {
    it(`${id}: every step's facts hold in its frame`, () => {
      const frames = framesOf(id);
      TOUR_FACTS[id]!.forEach((facts, i) => {
        const at = `${id} step ${i + 1}`;
        checkServers(frames[i], facts, at);
        checkMessages(frames[i], facts, at);
        checkTally(frames[i], facts, at);
        checkData(frames[i], facts, at);
      });
    });
  }

  it('every state word and zxid a narration names is among its step\'s facts', () => {
    for (const [id, steps] of Object.entries(TOUR_FACTS)) {
      const tour = presetScenario(id as ScenarioPresetId).tour ?? [];
      steps.forEach((facts, i) => {
        const said = `${tour[i].text.en} ${tour[i].look?.en ?? ''}`;
        const known = JSON.stringify(facts);
        for (const w of said.match(STATE_WORD) ?? []) expect(known, `${id} step ${i + 1} says ${w}`).toContain(`"${w}"`);
        for (const z of said.match(HEX) ?? []) expect(known, `${id} step ${i + 1} names ${z}`).toContain(`"${z}`);
      });
    }
  });

  it('the Chinese narration names the same states, packets, zxids, numbers and ZooKeeper names as the English', () => {
    for (const id of toured) {
      (presetScenario(id).tour ?? []).forEach((s, i) => {
        expect(tokens(s.text['zh-CN']), `${id} step ${i + 1} text`).toEqual(tokens(s.text.en));
        expect(tokens(s.look?.['zh-CN']), `${id} step ${i + 1} look`).toEqual(tokens(s.look?.en));
      });
    }
  });
});
