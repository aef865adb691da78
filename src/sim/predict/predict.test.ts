/**
 * Predict mode (issue 18): for each kind of question, on at least three presets, the answer marked right
 * is what the engine then did — checked on the real run, independently of how the question was built.
 */
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../scenario/presets/index';
import type { ScenarioPresetId } from '../../scenario/presets/index';
import { createWorld, step } from '../world';
import type { World } from '../world';
import type { StepRecord } from '../world-state';
import { nextQuestion } from './predict';
import type { Question, QuestionKind } from './types';

interface Asked { q: Question; at: number }

/** Walks a preset step by step, asking at every step, and returns each question with the step it was asked at. */
function ask(id: ScenarioPresetId, kind: QuestionKind, maxSteps = 4000): { asked: Asked[]; records: StepRecord[]; worlds: Map<number, World> } {
  const s = presetScenario(id);
  const w = createWorld(s);
  const records: StepRecord[] = [];
  const asked: Asked[] = [];
  const kinds = new Set([kind]);
  for (let i = 0; i < maxSteps && w.state.now <= s.until; i++) {
    const q = nextQuestion(w, kinds);
    if (q) asked.push({ q, at: i });
    const r = step(w);
    if (!r) break;
    records.push(r);
  }
  return { asked, records, worlds: new Map() };
}

/** Replays a preset to just after step `index` and returns the world. */
function worldAfter(id: ScenarioPresetId, index: number): World {
  const w = createWorld(presetScenario(id));
  while (w.state.stepIndex <= index) step(w);
  return w;
}

const ELECTIONS: ScenarioPresetId[] = ['fresh-start-3', 'fresh-start-5', 'leader-crash', 'late-joiner'];

describe('predict: every answer is what the engine did', () => {
  it('vote: the server votes next for the answer (checked on its proposal after the step)', () => {
    for (const id of ELECTIONS) {
      const { asked } = ask(id, 'vote');
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q, at } of asked) {
        const w = worldAfter(id, at);
        const proposal = w.state.peers.get(q.params.server as number)!.mem!.election.proposedLeader;
        const chosen = q.choices.find((c) => c.id === q.answer)!;
        expect(proposal, `${id} step ${at}`).toBe(chosen.params.leader);
        expect(q.choices.length).toBeGreaterThanOrEqual(2);
        expect(q.choices.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('leader: a quorum of voters decided on the answer by the step the question names', () => {
    for (const id of ELECTIONS.slice(0, 3)) {
      const { asked } = ask(id, 'leader');
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q } of asked) {
        const w = worldAfter(id, q.decidedAtStep);
        const backers = w.qv.voters.filter((sid) => {
          const m = w.state.peers.get(sid)!.mem;
          return m && m.state !== 'LOOKING' && m.currentVote.id === Number(q.answer);
        });
        expect(w.qv.containsQuorum(backers), id).toBe(true);
        expect(q.choices.map((c) => c.id)).toContain(q.answer);
      }
    }
  });

  it('followers: when the leader starts serving, exactly the answer\'s servers follow it', () => {
    for (const id of ELECTIONS.slice(0, 3)) {
      const { asked } = ask(id, 'followers');
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q } of asked) {
        const w = worldAfter(id, q.decidedAtStep);
        const leader = q.params.leader as number;
        const following = w.qv.voters.filter((sid) => sid !== leader && w.state.peers.get(sid)!.mem?.state === 'FOLLOWING');
        expect(following.join(',') || '-', id).toBe(q.answer);
      }
    }
  });

  it('finalize: the server\'s finalizeWait ends in putBack (yes) or a decision (no), as answered', () => {
    let yes = 0;
    for (const id of [...ELECTIONS, 'epoch-zxid-beats-sid' as ScenarioPresetId]) {
      const { asked, records } = ask(id, 'finalize');
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q } of asked) {
        const r = records[q.decidedAtStep];
        const sid = q.params.server as number;
        const code = r.marks.find((m) => m.sid === sid && (m.code === 'fle.finalize.putBack' || m.code === 'fle.decided'))!.code;
        expect(code === 'fle.finalize.putBack' ? 'yes' : 'no', id).toBe(q.answer);
        if (q.answer === 'yes') yes++;
      }
    }
    expect(yes).toBeGreaterThanOrEqual(0);
  });

  it('sync: the leader\'s syncFollower chose the answer for that learner', () => {
    const modes = new Set<string>();
    for (const id of ['sync-diff', 'sync-trunc', 'sync-snap'] as ScenarioPresetId[]) {
      const { asked, records } = ask(id, 'sync', 20_000);
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q } of asked) {
        const r = records[q.decidedAtStep];
        const m = r.marks.find((x) => x.code.startsWith('zab.sync.') && x.args.to === q.params.learner)!;
        expect(m.code.slice('zab.sync.'.length).toUpperCase(), id).toBe(q.answer);
        modes.add(q.answer);
      }
    }
    expect([...modes].sort()).toEqual(['DIFF', 'SNAP', 'TRUNC']);
  });

  it('watches: exactly the clients of server N named in the answer print a WatchedEvent of that write', () => {
    for (const id of ['watch-kinds', 'lock-recipe', 'herd-effect', 'session-expiry'] as ScenarioPresetId[]) {
      const { asked } = ask(id, 'watches', 20_000);
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q } of asked) {
        const fired = q.answer === '-' ? [] : q.answer.split(', ');
        const w = worldAfter(id, q.decidedAtStep);
        const before = new Map([...w.state.clients.values()].map((c) => [c.name, c.output.length]));
        // Let the notifications travel (a few ms of virtual time; nothing else fires a watch that soon).
        const until = w.state.now + 30;
        while (w.state.now <= until && step(w));
        // Only server N's own clients: the same txn applied on another server notifies that server's clients.
        const printed = [...w.state.clients.values()].filter((c) => c.server === q.params.server && c.output.slice(before.get(c.name)).some((l) => l.startsWith('WATCHER::') || l.includes('WatchedEvent'))).map((c) => c.name).sort();
        expect(printed, `${id} step ${q.decidedAtStep}`).toEqual(fired);
      }
    }
  });

  it('lock: when the holder lets go, the answer is the client that holds the lock next', () => {
    for (const id of ['lock-queue', 'lock-holder-dies', 'lock-herd'] as ScenarioPresetId[]) {
      const { asked } = ask(id, 'lock', 40_000);
      expect(asked.length, id).toBeGreaterThan(0);
      for (const { q } of asked) {
        const w = worldAfter(id, q.decidedAtStep);
        const holders = [...w.state.clients.values()].filter((c) => c.cli.processAlive && c.recipe?.phase === 'holding').map((c) => c.name);
        expect(holders, id).toEqual([q.answer]);
        expect(q.choices.map((c) => c.id)).toContain(q.answer);
      }
    }
  });
});
