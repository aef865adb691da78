/**
 * Links and files never break (issue 11): fast-check drives a Session the way the app does — client
 * sessions and console lines (an empty one opens a console), lock and herd contenders, unlock, kill and
 * close, stop and start, isolate, cut and mend, drop a message in flight, heal, seeking back and acting
 * (a branch), switching branches — then shares the moment with random panels and language. The link
 * decodes to the same moment (opened as the app opens it, the frame is the same) and the saved file
 * reads back as the same run. `ZKSCOPE_SLOW=1` runs 10 times as many cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseText } from '../scenario/phrase';
import { startTogetherScenario } from '../scenario/presets/start-together';
import type { Language } from '../scenario/types';
import { decodeShareState } from '../scenario/url-codec';
import { parseScenario } from '../scenario/validate';
import type { Frame } from './frame-types';
import { Session } from './session';
import { scenarioFileText, scenarioWithActions, shareLink } from './teaching';
import type { UserAction } from './timeline';

const SLOW = process.env.ZKSCOPE_SLOW === '1';
const scenario = startTogetherScenario(3);
const sid = fc.constantFrom(1, 2, 3);
const session = fc.constantFrom('c1', 'c2', 'lk1', 'lk2');
const command = fc.constantFrom('', '  ', 'create /a x', 'create -e /e y', 'ls /', 'get -w /a', 'set /a z', 'delete /a', 'close', 'stat /zookeeper');

/** One thing the user does: an action at the moment shown, a seek, or a switch of branch. */
type Op = { kind: 'act'; action: UserAction } | { kind: 'seek'; t: number } | { kind: 'branch'; index: number } | { kind: 'drop' };

const action: fc.Arbitrary<UserAction> = fc.oneof(
  fc.record({ do: fc.constant('client' as const), session, servers: fc.oneof(fc.constant([] as number[]), sid.map((s) => [s])), command }),
  fc.record({ do: fc.constant('lock' as const), session, path: fc.constantFrom('/locks', '/locks/a'), herd: fc.boolean() }),
  fc.record({ do: fc.constantFrom('kill' as const, 'unlock' as const), session }),
  fc.record({ do: fc.constant('stop' as const), server: sid, signal: fc.constantFrom('TERM' as const, 'KILL' as const) }),
  fc.record({ do: fc.constantFrom('start' as const, 'isolate' as const, 'cutAll' as const, 'reconnect' as const), server: sid }),
  fc.record({ do: fc.constantFrom('cut' as const, 'mend' as const), servers: fc.constantFrom([1, 2] as const, [2, 3] as const, [3, 1] as const) }),
  fc.constant({ do: 'heal' as const }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: action.map((a) => ({ kind: 'act' as const, action: a })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 12_000 }).map((t) => ({ kind: 'seek' as const, t })) },
  { weight: 1, arbitrary: fc.nat(4).map((index) => ({ kind: 'branch' as const, index })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
);
const panels = fc.uniqueArray(fc.constantFrom('tally', 'log', 'pseudo', 'lamport', 'tree', 'clients', 'lock'), { maxLength: 7 });
const lang = fc.constantFrom<Language>('en', 'zh-CN');

/** The parts of a frame that make up the moment (branches, markers and how far the run was explored belong to the session). */
const moment = (f: Frame) => ({ ...f, req: 0, branches: [], markers: null, branch: 0, horizon: 0 });

function play(ops: readonly Op[]): Session {
  const s = new Session(scenario);
  let f = s.handle({ type: 'seekTime', t: 1500, req: 0 });
  for (const o of ops) {
    if (o.kind === 'act') f = s.handle({ type: 'act', action: o.action, req: 0 });
    else if (o.kind === 'seek') f = s.handle({ type: 'seekTime', t: o.t, req: 0 });
    else if (o.kind === 'branch') f = s.handle({ type: 'selectBranch', branch: f.branches[o.index % Math.max(1, f.branches.length)]?.id ?? 0, req: 0 });
    else if (f.messages.length > 0) f = s.handle({ type: 'act', action: { do: 'drop', message: f.messages[0]!.id }, req: 0 });
  }
  return s;
}

describe('every UI action round-trips through a share link and a saved file', () => {
  it(`the link opens the same moment, panels and language (${SLOW ? 1000 : 100} sessions)`, () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 12 }), panels, lang, (ops, p, l) => {
      const s = play(ops);
      const link = shareLink(s.snapshot(), p, l);
      if (!('hash' in link)) throw new Error(phraseText(link.problem));
      const d = decodeShareState(`#${link.hash}`);
      if (!d.ok) throw new Error(phraseText(d.problem));
      expect(d.state.panels).toEqual(p);
      expect(d.state.lang).toBe(l);
      const opened = new Session(d.state.scenario, d.state.actions.map((a) => ({ afterStep: a.afterStep, event: a.event })));
      opened.openAt(d.state.step, d.state.t);
      expect(moment(opened.frame(0))).toEqual(moment(s.frame(0)));
    }), { numRuns: SLOW ? 1000 : 100, seed: 11 });
  }, 600_000);

  it(`the link decodes to the same run and moment, and the saved file reads back as the same run (${SLOW ? 10_000 : 1000} action sequences)`, () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 12 }), panels, lang, (ops, p, l) => {
      const snap = play(ops).snapshot();
      const link = shareLink(snap, p, l);
      if (!('hash' in link)) throw new Error(phraseText(link.problem));
      const d = decodeShareState(link.hash);
      if (!d.ok) throw new Error(phraseText(d.problem));
      expect(d.state).toEqual({ ...snap, actions: snap.actions.map((a) => ({ afterStep: a.afterStep, event: a.event })), panels: p, lang: l });
      const run = scenarioWithActions(snap);
      const v = parseScenario(scenarioFileText(run, 'https://example.org/scenario.schema.json'));
      if (!v.ok) throw new Error(v.problems.map(phraseText).join('\n'));
      expect(v.scenario).toEqual(run);
    }), { numRuns: SLOW ? 10_000 : 1000, seed: 12 });
  }, 1_200_000);

  it('the two links of the issue open: after the Lock demo (servers: null) and after opening a console (command "")', () => {
    for (const a of [{ do: 'lock', session: 'lk1', path: '/locks', herd: false }, { do: 'client', session: 'c1', servers: [1], command: '' }] as const) {
      const s = new Session(scenario);
      s.handle({ type: 'seekTime', t: 2000, req: 0 });
      s.handle({ type: 'act', action: a, req: 0 });
      const link = shareLink(s.snapshot(), [], 'en');
      if (!('hash' in link)) throw new Error(phraseText(link.problem));
      expect(decodeShareState(link.hash)).toMatchObject({ ok: true });
    }
  });
});
