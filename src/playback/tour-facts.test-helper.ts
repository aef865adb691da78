/**
 * What each guided tour step says, as data: the facts its narration (text and "look at") names, keyed by
 * preset and step, checked against the frame the step shows by tour-facts.test.ts. When a narration
 * changes, its facts change with it; a fact the frame contradicts fails the test.
 */
import type { ScenarioPresetId } from '../scenario/presets/index';
import type { StateWord } from './frame';

/** A message the step says is on the wire (or in the space-time diagram): every field given must match one message. */
export interface MessageFact {
  readonly kind: string;
  readonly from?: number;
  readonly to?: number;
  /** A notification's vote and the sender's state. */
  readonly leader?: number;
  readonly state?: StateWord;
  readonly zxid?: string;
}

/** A server's vote (its proposal while LOOKING): the fields given must match. */
export interface VoteFact {
  readonly leader: number;
  readonly zxid?: string;
  readonly peerEpoch?: number;
  readonly round?: number;
}

/** What one step's narration states about the frame it shows. Server-keyed records are by myid. */
export interface StepFacts {
  readonly states?: Readonly<Record<number, StateWord>>;
  /** logicalclock */
  readonly rounds?: Readonly<Record<number, number>>;
  readonly votes?: Readonly<Record<number, VoteFact>>;
  /** currentEpoch */
  readonly epochs?: Readonly<Record<number, number>>;
  readonly lastZxid?: Readonly<Record<number, string>>;
  /** Servers that serve clients (Zab's broadcast phase). */
  readonly serving?: readonly number[];
  /** Messages in flight: each fact matches one of them; [] says none is in flight. */
  readonly wire?: readonly MessageFact[];
  /** Messages the space-time diagram shows. */
  readonly trace?: readonly MessageFact[];
  /** The Tally panel: whose it is, the support it counts, recvset (sid → leader), outofelection (sid → state). */
  readonly tally?: {
    readonly sid: number;
    readonly support?: number;
    readonly needed?: number;
    readonly finalizeWait?: boolean;
    readonly recvset?: Readonly<Record<number, number>>;
    /** The recvset rows marked as backing the proposal (or, once decided, the decided vote), exactly. */
    readonly backing?: readonly number[];
    readonly outofelection?: Readonly<Record<number, StateWord>>;
  };
  /** Text some line of the event log contains. */
  readonly log?: string;
  /** A client write as the Transaction logs panel lists it. */
  readonly write?: { readonly op: string; readonly path: string; readonly zxid: string; readonly stage: string; readonly server?: number };
  /** The znode tree shown: paths present (with their ephemeral owner's session, or null) and paths absent. */
  readonly znodes?: { readonly present?: Readonly<Record<string, string | null>>; readonly absent?: readonly string[] };
  /** Path → the sessions holding a watch on it (exactly). */
  readonly watches?: Readonly<Record<string, readonly string[]>>;
  /** Client → text its console printed (each a part of some line). */
  readonly printed?: Readonly<Record<string, readonly string[]>>;
  /** Client → the paths whose NodeDeleted watch event it received so far (exactly). */
  readonly woken?: Readonly<Record<string, readonly string[]>>;
  /** The session owning the lowest child of /locks. */
  readonly lockHolder?: string;
}

const N = 'NOTIFICATION';
const LOCK = (n: number) => `/locks/lock-000000000${n}`;
const LOCKS_ALL = '[lock-0000000000, lock-0000000001, lock-0000000002, lock-0000000003]';

/** The tours whose steps sync-tours.test.ts checks cell by cell (the history strip). */
export const CHECKED_ELSEWHERE: readonly ScenarioPresetId[] = ['sync-diff', 'sync-trunc', 'sync-snap'];

/** The facts of every step of every other tour, in step order. */
export const TOUR_FACTS: Partial<Record<ScenarioPresetId, readonly StepFacts[]>> = {
  'fresh-start-3': [
    {
      states: { 1: 'LOOKING', 2: 'LOOKING', 3: 'LOOKING' }, rounds: { 1: 1, 2: 1, 3: 1 },
      votes: { 1: { leader: 1, zxid: '0x0', peerEpoch: 0 }, 2: { leader: 2, zxid: '0x0', peerEpoch: 0 }, 3: { leader: 3, zxid: '0x0', peerEpoch: 0 } },
      wire: [{ kind: N, from: 1, leader: 1, state: 'LOOKING' }, { kind: N, from: 2, leader: 2, state: 'LOOKING' }, { kind: N, from: 3, leader: 3, state: 'LOOKING' }],
    },
    { votes: { 1: { leader: 2 } }, wire: [{ kind: N, from: 1, leader: 2 }], tally: { sid: 1, recvset: { 2: 2 } } },
    { states: { 3: 'LOOKING' }, tally: { sid: 3, support: 2, needed: 2, finalizeWait: true, recvset: { 1: 3, 2: 2, 3: 3 }, backing: [1, 3] } },
    { states: { 1: 'FOLLOWING', 2: 'FOLLOWING', 3: 'LEADING' }, votes: { 1: { leader: 3 }, 2: { leader: 3 } }, log: 'LEADER ELECTION TOOK' },
    {
      states: { 3: 'LEADING' }, epochs: { 3: 1 }, lastZxid: { 3: '0x100000000' }, serving: [3], wire: [{ kind: 'UPTODATE', from: 3 }],
      // The leader's tally after Zab raised its vote's peerEpoch: the votes that elected it still back it.
      tally: { sid: 3, support: 2, backing: [1, 3] },
    },
  ],
  'late-joiner': [
    { states: { 1: 'FOLLOWING', 2: 'LEADING', 3: 'STOPPED' }, epochs: { 2: 1 }, serving: [2] },
    {
      states: { 1: 'FOLLOWING', 2: 'LEADING', 3: 'LOOKING' }, rounds: { 3: 1 }, votes: { 3: { leader: 3 } },
      wire: [
        { kind: N, from: 3, to: 1, leader: 3, state: 'LOOKING' }, { kind: N, from: 3, to: 2, leader: 3, state: 'LOOKING' },
        { kind: N, from: 1, to: 3, leader: 2, state: 'LOOKING' }, { kind: N, from: 2, to: 3, leader: 2, state: 'LOOKING' },
      ],
    },
    {
      states: { 1: 'FOLLOWING', 2: 'LEADING', 3: 'LOOKING' },
      wire: [{ kind: N, from: 1, to: 3, leader: 2, state: 'FOLLOWING' }, { kind: N, from: 2, to: 3, leader: 2, state: 'LEADING' }],
    },
    { states: { 2: 'LEADING', 3: 'LOOKING' }, tally: { sid: 3, outofelection: { 1: 'FOLLOWING' } }, log: 'n.state:FOLLOWING, n.leader:2' },
    { states: { 2: 'LEADING', 3: 'FOLLOWING' }, votes: { 3: { leader: 2 } }, serving: [3] },
  ],
  'leader-crash': [
    { states: { 1: 'FOLLOWING', 2: 'FOLLOWING', 3: 'LEADING' }, epochs: { 3: 1 }, serving: [3] },
    {
      states: { 2: 'FOLLOWING', 3: 'LEADING' }, write: { server: 2, op: 'create', path: '/app', zxid: '0x100000002', stage: 'proposed' },
      wire: [{ kind: 'PROPOSAL', from: 3, to: 1, zxid: '0x100000002' }, { kind: 'PROPOSAL', from: 3, to: 2, zxid: '0x100000002' }],
    },
    {
      write: { op: 'create', path: '/app', zxid: '0x100000002', stage: 'committed' },
      trace: [{ kind: 'ACK', from: 1, to: 3 }, { kind: 'ACK', from: 2, to: 3 }, { kind: 'COMMIT', from: 3, to: 1 }, { kind: 'COMMIT', from: 3, to: 2 }],
    },
    {
      states: { 1: 'LOOKING', 2: 'LOOKING', 3: 'STOPPED' }, rounds: { 1: 2, 2: 2 }, votes: { 1: { leader: 1 }, 2: { leader: 2 } },
      wire: [{ kind: N, from: 1, leader: 1, state: 'LOOKING' }, { kind: N, from: 2, leader: 2, state: 'LOOKING' }],
    },
    {
      votes: { 1: { leader: 2, zxid: '0x100000002', peerEpoch: 1, round: 2 }, 2: { leader: 2, zxid: '0x100000002', peerEpoch: 1, round: 2 } },
      tally: { sid: 1, recvset: { 1: 2, 2: 2 }, support: 2, backing: [1, 2] },
    },
    { states: { 2: 'LEADING' }, epochs: { 2: 2 }, lastZxid: { 2: '0x200000000' }, serving: [2] },
    { states: { 2: 'LEADING' }, lastZxid: { 2: '0x200000001' }, write: { op: 'setData', path: '/app', zxid: '0x200000001', stage: 'committed' } },
  ],
  'lock-recipe': [
    { znodes: { present: { [LOCK(0)]: 'c1', [LOCK(1)]: 'c2', [LOCK(2)]: 'c3', [LOCK(3)]: 'c4' } } },
    {
      lockHolder: 'c1', printed: { c1: [LOCKS_ALL], c2: [LOCKS_ALL], c3: [LOCKS_ALL], c4: [LOCKS_ALL] },
      watches: { '/locks': [], [LOCK(0)]: ['c2'], [LOCK(1)]: ['c3'], [LOCK(2)]: ['c4'], [LOCK(3)]: [] },
    },
    {
      lockHolder: 'c2', znodes: { absent: [LOCK(0)] }, woken: { c1: [], c2: [LOCK(0)], c3: [], c4: [] },
      printed: { c2: ['[lock-0000000001, lock-0000000002, lock-0000000003]'] },
    },
    { states: { 1: 'STOPPED' }, lockHolder: 'c2', znodes: { present: { [LOCK(1)]: 'c2' } } },
    {
      lockHolder: 'c4', znodes: { present: { [LOCK(3)]: 'c4' }, absent: [LOCK(1), LOCK(2)] },
      woken: { c1: [], c2: [LOCK(0)], c3: [LOCK(1)], c4: [LOCK(2)] }, printed: { c4: ['[lock-0000000003]'] },
    },
  ],
};
