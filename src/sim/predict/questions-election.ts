/**
 * Questions about the election: will a server change its vote, who becomes leader, who follows, and will
 * a better vote arrive during finalizeWait. Each looks at the next step (and, when the answer comes later,
 * runs the scout ahead) and answers with what the engine did.
 */
import type { Notification } from '../../engine/election/types';
import type { World } from '../world';
import type { StepRecord } from '../world-state';
import { markView as decidingMark } from '../../engine/marks';
import { zxidHex as hex } from '../../engine/zxid';
import { runAhead } from './scout';
import type { Choice, Question } from './types';

/** How far the scout may run to find an answer (steps). */
export const LOOKAHEAD_STEPS = 20_000;

const VOTE_MARKS = new Set(['fle.vote.adopt', 'fle.vote.keep', 'fle.round.jump']);

/** "Server N receives a vote for L: what will N vote for next?" — asked only when L differs from N's vote. */
export function voteQuestion(before: World, r: StepRecord, after: World): Question | null {
  if (r.kind !== 'deliver' || r.sid === null || r.messageId === null) return null;
  const mark = r.marks.find((m) => m.sid === r.sid && VOTE_MARKS.has(m.code));
  const m = before.state.inFlight.get(r.messageId);
  const mem = before.state.peers.get(r.sid)?.mem;
  if (!mark || !m || m.channel !== 'election' || !mem || mem.state !== 'LOOKING') return null;
  const n = m.payload as Notification;
  const was = mem.election.proposedLeader;
  if (n.leader === was) return null;
  const now = after.state.peers.get(r.sid)?.mem?.election.proposedLeader ?? was;
  const choices: Choice[] = [
    { id: `keep`, key: 'keep', params: { leader: was } },
    { id: `switch`, key: 'switch', params: { leader: n.leader } },
  ];
  // A jump to a newer round starts over from the server's own vote (updateProposal(getInitId(), …)).
  if (r.sid !== was && r.sid !== n.leader) choices.push({ id: 'own', key: 'own', params: { leader: r.sid } });
  const answer = now === was ? 'keep' : now === n.leader ? 'switch' : now === r.sid ? 'own' : null;
  if (answer === null) return null;
  return {
    kind: 'vote',
    params: { server: r.sid, from: m.from, leader: n.leader, zxid: hex(n.zxid), round: n.electionEpoch, current: was, myRound: mem.election.logicalclock },
    choices, answer, decidedAtStep: r.index, decidedAtTime: r.time, mark: decidingMark(mark),
  };
}

/** "A quorum forms: who becomes leader?" — at the first quorum of an election, answered when a quorum decides. */
export function leaderQuestion(before: World, r: StepRecord, scout: World): Question | null {
  const reached = r.marks.find((m) => m.code === 'fle.quorum.reached');
  if (!reached || !firstQuorum(before)) return null;
  const needed = Math.floor(before.qv.voters.length / 2) + 1;
  const decided = new Map<number, number>();
  const hit = runAhead(scout, LOOKAHEAD_STEPS, (rec) => {
    for (const m of rec.marks) {
      if ((m.code === 'fle.decided' || m.code === 'fle.decided.outofelection') && before.qv.voters.includes(m.sid)) {
        decided.set(m.sid, m.args.leader as number);
        const leader = m.args.leader as number;
        if ([...decided.values()].filter((l) => l === leader).length >= needed) return { rec, mark: m, leader };
      }
    }
    return null;
  });
  if (!hit) return null;
  const running = before.qv.voters.filter((sid) => before.state.peers.get(sid)?.mem);
  const ids = pickIds(hit.leader, [reached.args.leader as number, ...[...running].sort((a, b) => b - a)], 4);
  return {
    kind: 'leader', params: { server: reached.sid, proposal: reached.args.leader as number },
    choices: ids.map((id) => ({ id: String(id), key: 'server', params: { server: id } })), answer: String(hit.leader),
    decidedAtStep: hit.rec.index, decidedAtTime: hit.rec.time, mark: decidingMark(hit.mark),
  };
}

/** "Server L has decided to lead: which servers will follow it?" — answered when L starts serving. */
export function followersQuestion(before: World, r: StepRecord, scout: World): Question | null {
  const led = r.marks.find((m) => m.code === 'fle.decided' && m.args.state === 'LEADING');
  if (!led) return null;
  const leader = led.sid;
  const hit = runAhead(scout, LOOKAHEAD_STEPS, (rec, w) => {
    const serving = rec.marks.find((m) => m.code === 'zab.serving' && m.sid === leader && m.args.role === 'leader');
    if (!serving) return null;
    const followers = w.qv.voters.filter((sid) => sid !== leader && w.state.peers.get(sid)?.mem?.state === 'FOLLOWING' && w.state.peers.get(sid)!.mem!.currentVote.id === leader);
    return { rec, mark: serving, followers };
  });
  if (!hit) return null;
  const others = before.qv.voters.filter((sid) => sid !== leader);
  const sets = uniqueSets([
    hit.followers, others, hit.followers.slice(0, -1), [...hit.followers, ...others.filter((s) => !hit.followers.includes(s)).slice(0, 1)].sort((a, b) => a - b),
  ]);
  return {
    kind: 'followers', params: { leader },
    choices: sets.map((s) => ({ id: s.join(',') || '-', key: s.length ? 'set' : 'none', params: { servers: s.join(', ') } })),
    answer: hit.followers.join(',') || '-', decidedAtStep: hit.rec.index, decidedAtTime: hit.rec.time, mark: decidingMark(hit.mark),
  };
}

/** "finalizeWait has started: will a better vote arrive in time?" — answered by putBack (yes) or decided (no). */
export function finalizeQuestion(before: World, r: StepRecord, scout: World): Question | null {
  const reached = r.marks.find((m) => m.code === 'fle.quorum.reached');
  if (!reached) return null;
  const sid = reached.sid;
  const hit = runAhead(scout, LOOKAHEAD_STEPS, (rec) => rec.marks.find((m) => m.sid === sid && (m.code === 'fle.finalize.putBack' || m.code === 'fle.decided')) ? rec : null);
  if (!hit) return null;
  const mark = hit.marks.find((m) => m.sid === sid && (m.code === 'fle.finalize.putBack' || m.code === 'fle.decided'))!;
  return {
    kind: 'finalize', params: { server: sid, leader: reached.args.leader as number, waitMs: reached.args.waitMs as number },
    choices: [{ id: 'yes', key: 'yes', params: {} }, { id: 'no', key: 'no', params: {} }],
    answer: mark.code === 'fle.finalize.putBack' ? 'yes' : 'no', decidedAtStep: hit.index, decidedAtTime: hit.time, mark: decidingMark(mark),
  };
}

/** true when no running voter has decided or is in finalizeWait yet: the quorum about to form is the election's first. */
export function firstQuorum(w: World): boolean {
  return !anyDecided(w) && w.qv.voters.every((sid) => w.state.peers.get(sid)?.mem?.election.phase !== 'finalizing');
}

/** true when some running voter has already left the election (the quorum is not the first of it). */
export function anyDecided(w: World): boolean {
  return w.qv.voters.some((sid) => {
    const s = w.state.peers.get(sid)?.mem?.state;
    return s === 'FOLLOWING' || s === 'LEADING';
  });
}

function pickIds(answer: number, preferred: number[], max: number): number[] {
  const out = [answer];
  for (const id of preferred) if (!out.includes(id) && out.length < max) out.push(id);
  return out.sort((a, b) => a - b);
}

function uniqueSets(sets: number[][]): number[][] {
  const seen = new Set<string>();
  return sets.map((s) => [...s].sort((a, b) => a - b)).filter((s) => {
    const k = s.join(',');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, 4).sort((a, b) => a.join(',').localeCompare(b.join(',')));
}

