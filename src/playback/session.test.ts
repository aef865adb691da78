import { describe, expect, it } from 'vitest';
import { startTogetherScenario } from '../scenario/presets/start-together';
import { decodeShareState } from '../scenario/url-codec';
import type { Frame } from './frame-types';
import { Session } from './session';
import { shareLink } from './teaching';
import { phraseText, type Phrase } from '../scenario/phrase';

const presetScenario = (id: 'three' | 'five') => startTogetherScenario(id === 'three' ? 3 : 5);
const frameOf = (f: Frame): Frame => f;
const states = (f: Frame) => f.servers.map((s) => s.state).join(',');

describe('Session', () => {
  it('elects a leader of three when played to 1 s, and the frame is plain data', async () => {
    const s = new Session(presetScenario('three'));
    const f = frameOf(await s.handle({ type: 'seekTime', t: 1000, req: 1 }));
    expect(states(f)).toBe('FOLLOWING,FOLLOWING,LEADING');
    expect(f.req).toBe(1);
    expect(() => structuredClone(f)).not.toThrow();
    expect(JSON.stringify(f)).toBeTruthy(); // no bigint anywhere
    expect(f.log.some((l) => l.text.includes('LEADING - LEADER ELECTION TOOK'))).toBe(true);
    expect(f.markers?.some((m) => m.kind === 'leader')).toBe(true);
  });

  it('seeking back and forth gives the same frame as getting there directly', async () => {
    const a = new Session(presetScenario('five'));
    await a.handle({ type: 'seekTime', t: 3000, req: 0 });
    const back = frameOf(await a.handle({ type: 'seekStep', step: 40, req: 0 }));
    const b = new Session(presetScenario('five'));
    const direct = frameOf(await b.handle({ type: 'seekStep', step: 40, req: 0 }));
    expect({ ...back, markers: null, branches: [] }).toEqual({ ...direct, markers: null, branches: [] });
    expect(back.marks.length + back.log.length).toBeGreaterThan(0);
  });

  it('step back shows the marks of the step before', async () => {
    const s = new Session(presetScenario('three'));
    await s.handle({ type: 'seekStep', step: 20, req: 0 });
    const f = frameOf(await s.handle({ type: 'stepBy', delta: -1, req: 0 }));
    expect(f.step).toBe(19);
    expect(f.lastStep?.index).toBe(18);
  });

  it('acting while rewound starts a branch and keeps the old one', async () => {
    const s = new Session(presetScenario('three'));
    await s.handle({ type: 'seekTime', t: 2000, req: 0 });
    await s.handle({ type: 'seekTime', t: 1000, req: 0 });
    await s.handle({ type: 'act', action: { do: 'stop', server: 3, signal: 'KILL' }, req: 0 });
    const f = frameOf(await s.handle({ type: 'seekTime', t: 3000, req: 0 }));
    expect(f.branches.length).toBe(2);
    expect(f.servers[2].state).toBe('STOPPED');
    expect(f.servers.filter((x) => x.state === 'LEADING').length).toBe(1);
    const old = frameOf(await s.handle({ type: 'selectBranch', branch: 0, req: 0 }));
    expect(old.servers[2].state).not.toBe('STOPPED');
  });

  it('a share link reproduces the moment, and a broken one explains itself', () => {
    const scenario = presetScenario('three');
    const link = shareLink({ scenario, actions: [{ afterStep: 30, event: { at: 200, do: 'stop', server: 1, signal: 'TERM' } }], branch: 0, step: 50, t: 230 }, [], 'en');
    if (!('hash' in link)) throw new Error(phraseText(link.problem));
    const back = decodeShareState('#' + link.hash);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.state.actions[0].afterStep).toBe(30);
    expect(phraseText((decodeShareState('#v2.garbage') as { problem: Phrase }).problem)).toMatch(/damaged/);
    expect(phraseText((decodeShareState('#nope') as { problem: Phrase }).problem)).toMatch(/not a zkscope/);
  });

  it('a zkCli line typed while an earlier one waits for the connection shows its output under itself', () => {
    const s = new Session(presetScenario('three'));
    const type = (command: string) => s.handle({ type: 'act', action: { do: 'client', session: 'c1', servers: [], command }, req: 0 });
    s.handle({ type: 'seekTime', t: 400, req: 0 });
    type('');
    s.handle({ type: 'seekTime', t: 401, req: 0 });
    type('create /a x');
    expect(s.handle({ type: 'seekTime', t: 402, req: 0 }).clients[0].state).toBe('CONNECTING');
    type('ls /');
    const lines = s.handle({ type: 'seekTime', t: 800, req: 0 }).clients[0].lines.map((l) => l.text);
    expect(lines).toEqual([
      '[zk: server3:2181(CONNECTING) 0] create /a x', 'Created /a',
      '[zk: server3:2181(CONNECTING) 1] ls /', '[a, zookeeper]',
    ]);
  });

  it('an action with settleMs moves on from the moment it was taken at, whatever frame the UI last saw', () => {
    const s = new Session(presetScenario('three'));
    s.handle({ type: 'seekTime', t: 1000, req: 0 });
    // Two clients added back to back: each settles 60 ms after the moment the previous one reached.
    const open = (session: string) => s.handle({ type: 'act', action: { do: 'client', session, servers: [], command: '' }, req: 0, settleMs: 60 });
    expect(open('c1').t).toBe(1060);
    const f = open('c2');
    expect(f.t).toBe(1120);
    expect(f.clients.map((c) => c.state)).toEqual(['CONNECTED', 'CONNECTED']);
    // Without settleMs the action leaves the clock where it was.
    expect(s.handle({ type: 'act', action: { do: 'client', session: 'c3', servers: [], command: '' }, req: 0 }).t).toBe(1120);
  });
});
