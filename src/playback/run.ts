/**
 * One branch of a run: a World plus checkpoints and history (design.md §4). The run extends lazily as
 * the user plays; seeking restores the nearest checkpoint at or before the target and replays. User
 * actions are pinned to the step index at which they were taken, so a replay schedules them exactly
 * as the first time (same agenda order, same run).
 */
import { schedule } from '../sim/agenda';
import type { Proposal } from '../engine/peer/database';
import { checkpoint, restore, transactionLogs } from '../sim/checkpoint';
import { createInvariantChecker, type InvariantChecker } from '../sim/invariants';
import { logLinesOf, newLogMemory, type LogMemory, type StepContext } from '../sim/log-lines';
import { createWorld, nextEventTime, step, type World } from '../sim/world';
import type { InFlight, StepRecord, WorldState } from '../sim/world-state';
import type { Scenario, ScenarioEvent } from '../scenario/types';
import { promptOf, type TypedCommand } from './frame-clients';
import { CHECKPOINT_BYTES_MAX, CHECKPOINTS_MAX, thinIndexes } from './budget';
import { estimateBytes } from './estimate-bytes';
import { History } from './history';
import { previewActions, type PendingView, type Preview } from './pending';

/** A user action, taken when `afterStep` steps had run. */
export interface TimedAction {
  readonly afterStep: number;
  readonly event: ScenarioEvent;
}

interface Checkpoint {
  readonly step: number;
  /** The time of its last step (0 at step 0): every step before it is at or before this time. */
  readonly time: number;
  readonly state: WorldState;
  readonly logMem: LogMemory;
  /** Its estimated size (budget.ts), its logs' proposals (shared with the live world) as references only. */
  readonly bytes: number;
  /** The estimated size of those proposals, each counted once. */
  readonly logBytes: number;
}

/** Steps between checkpoints; also one every CHECKPOINT_MS of virtual time (when ≥ 50 steps apart). */
const CHECKPOINT_STEPS = 500;
const CHECKPOINT_MS = 5000;
/**
 * But never more often than one estimated KB of checkpoint per step since the last: a checkpoint copies
 * the whole world, so a big world (a long busy run's logs) is copied rarely enough for playing to keep up.
 */
const CHECKPOINT_BYTES_PER_STEP = 1024;
/** Most new steps computed for one request, so a far seek cannot freeze the worker. */
const EXTEND_BUDGET = 50_000;

/** A branch of the run, positioned at some step. */
export class Run {
  readonly world: World;
  readonly history: History;
  private cps: Checkpoint[];
  /** Checkpoints dropped by the budget so far (seeking back may then replay from further away). */
  checkpointsThinned = 0;
  private readonly base: number;
  private logMem: LogMemory = newLogMemory();
  private checker: InvariantChecker = createInvariantChecker();
  private ended = false;
  /** The record of the step processed last (step position - 1 after any seek). */
  lastRecord: StepRecord | null = null;
  private pendingMemo: (Preview & { readonly key: string }) | null = null;
  /** Each logged proposal's estimated size, worked out once (snapshotNow). */
  private readonly proposalBytes = new WeakMap<Proposal, number>();

  constructor(
    readonly scenario: Scenario,
    readonly actions: TimedAction[],
    parent?: { readonly run: Run; readonly forkStep: number },
  ) {
    this.world = createWorld(scenario);
    this.base = this.world.actions.length;
    for (const a of actions) this.world.actions.push(a.event);
    if (parent) {
      const k = parent.forkStep;
      this.history = parent.run.history.fork(k, k > 0 ? parent.run.timeOfStep(k - 1) : 0);
      this.cps = parent.run.cps.filter((c) => c.step <= parent.forkStep);
      this.rebuildChecker(parent.forkStep);
    } else {
      this.history = new History();
      this.cps = [this.snapshotNow()];
    }
  }

  /** Steps processed by the world now. */
  get position(): number {
    return this.world.state.stepIndex;
  }

  /** Steps computed so far on this branch. */
  get frontier(): number {
    return this.history.count;
  }

  /**
   * The virtual time of step i (< frontier). A recent step's is kept; an older one's is the world's clock
   * just after it, so the world moves there (replaying from a checkpoint, as any seek does).
   */
  timeOfStep(i: number): number {
    const kept = this.history.timeOf(i);
    if (kept !== undefined) return kept;
    if (this.position !== i + 1) this.seekStep(i + 1);
    return this.world.state.now;
  }

  /** Time of the next event from the current position (a pending action counts), or null. */
  nextAt(): number | null {
    const w = this.world;
    let next = nextEventTime(w);
    for (const a of this.pendingActions()) {
      const at = Math.max(a.event.at, w.state.now);
      if (next === null || at < next) next = at;
    }
    return next;
  }

  private pendingActions(): TimedAction[] {
    const k = this.position;
    return this.actions.filter((a) => a.afterStep === k);
  }

  /**
   * The actions taken by hand that are not carried out yet at this position (acting while paused, or one
   * still on the agenda), with the step that carries each out and what it changes. Worked out once per
   * position and action count: the same pair is always the same world.
   */
  pending(): readonly PendingView[] {
    return this.preview().views;
  }

  /** The world as an action taken now meets it: after the actions queued before it (Isolate, then Reconnect). */
  stateForNextAction(): WorldState {
    return this.preview().after;
  }

  private preview(): Preview {
    const key = `${this.position}:${this.actions.length}`;
    if (this.pendingMemo?.key === key) return this.pendingMemo;
    const onAgenda = new Set<number>();
    for (const e of this.world.state.agenda) if (e.kind === 'action' && e.index >= this.base) onAgenda.add(e.index);
    const waiting = this.actions.map((a, i) => ({ a, index: this.base + i }))
      .filter(({ a, index }) => onAgenda.has(index) || a.afterStep === this.position).map(({ index }) => index);
    // Nothing queued: the live world (not kept: it moves on with the run).
    if (waiting.length === 0) return { views: [], after: this.world.state };
    this.pendingMemo = { key, ...previewActions(this.scenario, this.world, waiting, (w) => this.scheduleDue(w)) };
    return this.pendingMemo;
  }

  /** Moves the world to exactly `k` steps (or as far as the run goes); returns the position reached. */
  seekStep(k: number): number {
    const target = Math.max(0, Math.min(k, this.frontier + EXTEND_BUDGET));
    let cp: Checkpoint | null = null;
    // Strictly before the target (except at 0), so the last step is replayed and its marks are known.
    for (const c of this.cps) if (c.step < target || c.step === 0) cp = c;
    const p = this.position;
    if (cp && (p > target || cp.step > p || (p === target && this.lastRecord?.index !== p - 1 && p > 0))) this.restoreTo(cp);
    while (this.position < target && this.stepOnce());
    return this.position;
  }

  private restoreTo(cp: Checkpoint): void {
    restore(this.world, cp.state);
    this.lastRecord = null;
    this.logMem = structuredClone(cp.logMem);
  }

  /** Number of computed steps with time ≤ t; for a time older than the kept step times, found by replaying. */
  private stepsUpTo(t: number): number {
    const kept = this.history.stepsUpTo(t);
    if (kept !== null) return kept;
    // From the newest checkpoint at or before t (or from here, if that is nearer), step while the next step is at or before t.
    let cp = this.cps[0];
    for (const c of this.cps) if (c.time <= t) cp = c;
    const p = this.position;
    if (p < cp.step || (p > 0 && this.world.state.now > t)) this.restoreTo(cp);
    while (this.position < this.frontier) {
      const next = this.nextAt();
      if (next === null || next > t || !this.stepOnce()) break;
    }
    return this.position;
  }

  /** Steps to show at time t: extends the run until its next event is after t (within budget). */
  stepsForTime(t: number): number {
    let budget = EXTEND_BUDGET;
    while (!this.ended && budget > 0) {
      const f = this.frontier;
      if (this.position !== f && (this.history.lastTime() ?? 0) <= t) this.seekStep(f);
      if (this.position !== f) break;
      const next = this.nextAt();
      if (next === null || next > t) break;
      if (!this.stepOnce()) break;
      budget--;
    }
    return this.stepsUpTo(t);
  }

  /** Processes one event, recording it if it is new. false when nothing is left to do. */
  private stepOnce(): boolean {
    const w = this.world;
    this.scheduleDue(this.world);
    const top = w.state.agenda[0];
    const delivered = top?.kind === 'deliver' ? (w.state.inFlight.get(top.messageId) ?? null) : null;
    const receiverState = delivered ? (w.state.peers.get(delivered.to)?.mem?.state ?? null) : null;
    const firstId = w.state.nextId;
    const typed = top?.kind === 'action' ? this.typedBefore(w.actions[top.index]) : null;
    const r = step(w);
    if (!r) {
      if (this.position === this.frontier) this.ended = true;
      return false;
    }
    this.lastRecord = r;
    const ctx: StepContext = { record: r, delivered, receiverState };
    const lines = logLinesOf(ctx, this.logMem);
    if (r.index === this.frontier) {
      const sent: InFlight[] = [];
      for (let id = firstId; id < w.state.nextId; id++) {
        const m = w.state.inFlight.get(id);
        if (m) sent.push(m);
      }
      const v = this.checker.observe(w, r);
      if (v && !this.history.broken) this.history.broken = { property: v.property, detail: v.detail, step: v.step };
      this.history.record(r, lines, sent);
      if (typed) this.history.recordCommand(typed(), r);
      this.maybeCheckpoint(r.time);
    }
    return true;
  }

  /**
   * For a zkCli line about to run: its number in the session and zkCli's prompt at that moment (the
   * host is read after the step, since a session's first command starts its process).
   */
  private typedBefore(e: ScenarioEvent | undefined): (() => TypedCommand) | null {
    // An empty line only starts the process (the app's "Open client"): nothing typed to echo.
    if (e?.do !== 'client' || e.command.trim() === '') return null;
    const c = this.world.state.clients.get(e.session);
    const state = c?.cli.client.state ?? 'CONNECTING';
    const n = c?.typed ?? 0;
    return () => {
      const host = this.world.state.clients.get(e.session)?.cli.host ?? 'localhost:2181';
      return { client: e.session, line: e.command, n, prompt: promptOf(host, state, n) };
    };
  }

  private maybeCheckpoint(time: number): void {
    const last = this.cps[this.cps.length - 1];
    const k = this.position;
    const gap = k - last.step;
    const due = gap >= CHECKPOINT_STEPS || (time - last.time >= CHECKPOINT_MS && gap >= 50);
    if (due && gap * CHECKPOINT_BYTES_PER_STEP >= last.bytes) {
      this.cps.push(this.snapshotNow());
      this.keepCheckpointsWithinBudget();
    }
  }

  private snapshotNow(): Checkpoint {
    const state = checkpoint(this.world);
    const time = this.history.timeOf(this.position - 1) ?? 0;
    // Its logs' proposals are the live world's (sim/checkpoint.ts): it holds only a reference to each.
    const proposals = new Set(transactionLogs(state).flat());
    let logBytes = 0;
    for (const p of proposals) {
      let b = this.proposalBytes.get(p);
      if (b === undefined) this.proposalBytes.set(p, (b = estimateBytes(p)));
      logBytes += b;
    }
    return { step: this.position, time, state, logMem: structuredClone(this.logMem), bytes: estimateBytes(state, proposals), logBytes };
  }

  /**
   * Thins the older checkpoints while there are too many, or while they and the live world are too big
   * (the first always stays). The live world is counted as the newest checkpoint (its copy of a moment ago)
   * with the proposals of its logs, which checkpoints share: as a long run's world grows (its servers'
   * transaction logs, its clients' output), checkpoints give way, so the run's memory stays flat.
   */
  private keepCheckpointsWithinBudget(): void {
    const newest = this.cps[this.cps.length - 1];
    const live = newest.bytes + newest.logBytes;
    let bytes = live + this.cps.reduce((n, c) => n + c.bytes, 0);
    let max = CHECKPOINTS_MAX;
    while (this.cps.length > 2 && (this.cps.length > max || bytes > CHECKPOINT_BYTES_MAX)) {
      const drop = new Set(thinIndexes(this.cps.length, Math.min(max, this.cps.length - 1)));
      if (drop.size === 0) break;
      this.cps = this.cps.filter((c, i) => {
        if (!drop.has(i)) return true;
        bytes -= c.bytes;
        return false;
      });
      this.checkpointsThinned += drop.size;
      max = this.cps.length;
    }
  }

  /** A fork inherits history but not the checker's ghost state: replay the shared prefix through a fresh one. */
  private rebuildChecker(k: number): void {
    this.restoreTo(this.cps[0]);
    while (this.position < k) {
      this.scheduleDue(this.world);
      const top = this.world.state.agenda[0];
      const delivered = top?.kind === 'deliver' ? (this.world.state.inFlight.get(top.messageId) ?? null) : null;
      const receiverState = delivered ? (this.world.state.peers.get(delivered.to)?.mem?.state ?? null) : null;
      const r = step(this.world);
      if (!r) break;
      logLinesOf({ record: r, delivered, receiverState }, this.logMem);
      this.checker.observe(this.world, r);
    }
  }

  /** Puts on w's agenda the actions taken when w had run as many steps as it has now. */
  private scheduleDue(w: World): void {
    this.actions.forEach((a, i) => {
      if (a.afterStep === w.state.stepIndex) schedule(w, Math.max(a.event.at, w.state.now), { kind: 'action', index: this.base + i });
    });
  }

  /** Adds an action at the current position, which must be the frontier (otherwise fork first). */
  append(event: ScenarioEvent): void {
    const a = { afterStep: this.position, event };
    this.actions.push(a);
    this.world.actions.push(event);
    this.ended = false;
  }
}
