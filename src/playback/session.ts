/**
 * The worker's session: the loaded scenario, its branches, the position shown and the selection.
 * It answers each command with a Frame (design.md §4).
 */
import { markView } from '../engine/marks';
import type { Scenario } from '../scenario/types';
import { viewWorld } from './frame';
import { clientMessages, viewClients } from './frame-clients';
import { viewTree } from './frame-tree';
import { viewHistories } from './frame-history';
import { viewBroadcast } from './frame-broadcast';
import type { BranchInfo, Frame, MarkView } from './frame-types';
import { Run, type TimedAction } from './run';
import type { Timeline, TimelineCommand, UserAction } from './timeline';
import { eventsOf } from './user-actions';
import { PredictGate } from './predict-gate';
import type { SessionRecipe } from './session-recipe';

interface Branch {
  readonly id: number;
  readonly parent: number | null;
  readonly forkStep: number;
  readonly run: Run;
}

/** Lines of the log sent with each frame; messages of the space-time diagram and its window. */
const LOG_LINES = 120;
const TRACE_CAP = 400;
const TRACE_WINDOW_MS = 400;


/** One loaded scenario with its branches. */
export class Session implements Timeline {
  private branches: Branch[] = [];
  private current!: Branch;
  private t = 0;
  private selected: number | null = null;
  private sentMarkers = -1;
  private readonly predict = new PredictGate();

  constructor(private readonly scenario: Scenario, actions: TimedAction[] = []) {
    this.current = { id: 0, parent: null, forkStep: 0, run: new Run(scenario, actions) };
    this.branches.push(this.current);
  }

  /**
   * Rebuilds a session from its recipe, yielding the steps computed so far after at most `chunkSteps` more,
   * so whoever drives it can stop between chunks (a Cancel, a budget); returns the session at its moment.
   */
  static *build(recipe: SessionRecipe, chunkSteps: number): Generator<number, Session> {
    const [first, ...forks] = recipe.branches;
    const s = new Session(recipe.scenario, [...(first?.actions ?? [])]);
    let done = 0;
    function* advance(run: Run, k: number): Generator<number> {
      while (run.position < k) {
        const before = run.position;
        run.seekStep(Math.min(k, before + chunkSteps));
        if (run.position <= before) return; // the run ended before k
        done += run.position - before;
        yield done;
      }
    }
    for (const b of forks) {
      const parent = s.branches[b.parent ?? 0] ?? s.branches[0];
      yield* advance(parent.run, b.forkStep);
      const run = new Run(recipe.scenario, [...b.actions], { run: parent.run, forkStep: b.forkStep });
      s.branches.push({ id: s.branches.length, parent: parent.id, forkStep: b.forkStep, run });
      done += b.forkStep;
      yield done;
    }
    s.current = s.branches[recipe.branch] ?? s.branches[0];
    yield* advance(s.run, recipe.step);
    s.openAt(recipe.step, recipe.t);
    return s;
  }

  /** This session as data: what a restarted worker rebuilds it from. */
  recipe(): SessionRecipe {
    const branches = this.branches.map((b) => ({ parent: b.parent, forkStep: b.forkStep, actions: b.run.actions.slice() }));
    return { scenario: this.scenario, branches, branch: this.current.id, step: this.run.position, t: this.t };
  }

  private get run(): Run {
    return this.current.run;
  }

  /** Shows the moment after `k` steps, at time t (or the time of step k). */
  private toStep(k: number, t?: number): void {
    const run = this.run;
    const reached = run.seekStep(k);
    this.t = t ?? (reached > 0 ? run.timeOfStep(reached - 1) : 0);
  }

  /** A move forward: in predict mode it stops before a step that raises a question. */
  private forwardTo(k: number, t?: number, from = this.run.position): void {
    if (this.predict.pending) {
      this.toStep(from);
      return;
    }
    const stop = this.predict.stopFor(this.run, this.current.id, from, k);
    if (stop < k) this.toStep(stop);
    else this.toStep(k, t);
  }

  /** Runs one command of the time controls, the selection or the user's actions; returns the frame. */
  handle(cmd: TimelineCommand): Frame {
    switch (cmd.type) {
      case 'seekTime':
        this.seekTime(cmd.t);
        break;
      case 'seekStep':
        if (cmd.step > this.run.position) this.forwardTo(cmd.step);
        else this.backTo(cmd.step);
        break;
      case 'stepBy':
        if (cmd.delta > 0) this.forwardTo(this.run.position + cmd.delta);
        else this.backTo(this.run.position + cmd.delta);
        break;
      case 'predict':
        this.predict.configure(cmd.enabled, cmd.kinds);
        break;
      case 'reveal': {
        const k = this.predict.reveal(this.current.id);
        if (k !== null) this.toStep(k);
        break;
      }
      case 'marker':
        this.jumpMarker(cmd.direction);
        break;
      case 'act':
        this.predict.pending = null;
        this.act(cmd.action);
        // Settled from the moment the action was taken at, which only the worker knows for sure.
        if (cmd.settleMs) this.seekTime(this.t + cmd.settleMs);
        break;
      case 'selectBranch': {
        const b = this.branches.find((x) => x.id === cmd.branch);
        if (b) {
          const k = Math.min(this.run.position, b.run.frontier);
          this.current = b;
          this.sentMarkers = -1;
          this.toStep(k);
        }
        break;
      }
      case 'select':
        this.selected = cmd.sid;
        break;
    }
    return this.frame(cmd.req);
  }

  /** Moves to virtual time t (computing new steps if it lies past the frontier). */
  private seekTime(target: number): void {
    // stepsForTime may compute (and move to) new steps: where the move starts is the position before it.
    const from = this.run.position;
    const k = this.run.stepsForTime(target);
    const t = Math.min(target, this.horizonTime());
    if (k > from || (k === from && this.predict.pending)) this.forwardTo(k, t, from);
    else this.backTo(k, t);
  }

  /** A move back (or a stay): a question waiting for an answer is withdrawn. */
  private backTo(k: number, t?: number): void {
    this.predict.pending = null;
    this.toStep(k, t);
  }

  /** What a link or a saved file reproduces: the scenario, the shown branch's actions and the moment. */
  snapshot(): { scenario: Scenario; actions: readonly TimedAction[]; branch: number; step: number; t: number } {
    return { scenario: this.scenario, actions: this.run.actions, branch: this.current.id, step: this.run.position, t: this.t };
  }

  /** Opens the moment a shared link names. */
  openAt(step: number, t: number): void {
    this.toStep(step, t);
  }

  private horizonTime(): number {
    return Math.max(this.scenario.until, this.run.history.lastTime() ?? 0);
  }

  private jumpMarker(direction: 1 | -1): void {
    const k = this.run.position;
    const ms = this.run.history.markers;
    // A marker at step i is shown as the moment just after it (i + 1 steps).
    const target = direction > 0 ? ms.find((m) => m.step + 1 > k) : [...ms].reverse().find((m) => m.step + 1 < k);
    if (target) this.toStep(target.step + 1);
  }

  /** A user action at the current moment; while rewound it starts a new branch. */
  private act(action: UserAction): void {
    const run = this.run;
    const at = Math.floor(this.t);
    // Actions taken one after another while paused build on each other (Isolate, then Reconnect).
    const events = eventsOf(action, at, run.stateForNextAction());
    if (run.position < run.frontier) {
      const k = run.position;
      const keep = run.actions.filter((a) => a.afterStep <= k);
      const next = new Run(this.scenario, [...keep, ...events.map((event) => ({ afterStep: k, event }))], { run, forkStep: k });
      const b: Branch = { id: this.branches.length, parent: this.current.id, forkStep: k, run: next };
      this.branches.push(b);
      this.current = b;
      this.sentMarkers = -1;
      next.seekStep(k);
    } else {
      for (const e of events) run.append(e);
    }
  }

  /** The frame of the moment shown. */
  frame(req: number): Frame {
    const run = this.run;
    const h = run.history;
    const k = run.position;
    const w = run.world;
    const last = k > 0 ? run.timeOfStep(k - 1) : null;
    const tallyOf = this.selected ?? this.lastSid(k);
    const view = viewWorld(w, tallyOf);
    const markers = h.markersVersion !== this.sentMarkers ? h.markers.slice() : null;
    this.sentMarkers = h.markersVersion;
    const broken = h.broken && h.broken.step < k ? h.broken : null;
    const branches: BranchInfo[] = this.branches.map((b) => ({ id: b.id, parent: b.parent, forkStep: b.forkStep, actions: b.run.actions.length }));
    return {
      req, title: this.scenario.title, t: this.t, step: k, nextEventAt: run.nextAt(), horizon: this.horizonTime(),
      ...view, selected: this.selected,
      lastStep: last === null ? null : { index: k - 1, time: last, sid: this.lastSid(k), kind: run.lastRecord?.kind ?? '' },
      marks: this.marksOf(k), log: h.logBefore(k, LOG_LINES), markers,
      trace: h.traceAt(k, this.t - TRACE_WINDOW_MS, this.t, TRACE_CAP),
      invariant: broken ? { ok: false, property: broken.property, detail: broken.detail, step: broken.step } : { ok: true },
      branch: this.current.id, branches,
      tree: this.treeOf(), clients: viewClients(w, h.commandsBefore(k)), clientMessages: clientMessages(w),
      dropped: h.keptFromStep > 0 || run.checkpointsThinned > 0
        ? { historyBeforeStep: h.keptFromStep, historyBeforeTime: h.keptFromTime, checkpointsThinned: run.checkpointsThinned }
        : null,
      histories: viewHistories(w), broadcast: viewBroadcast(w),
      question: this.predict.pending?.question ?? null,
      pending: run.pending(),
    };
  }

  /** The tree shown: the selected server's, else the leader's, else the first running server's. */
  private treeOf(): Frame['tree'] {
    const peers = [...this.run.world.state.peers.values()].sort((a, b) => a.sid - b.sid);
    const chosen = peers.find((p) => p.sid === this.selected);
    if (chosen) return viewTree(this.run.world, chosen);
    const peer = peers.find((p) => p.mem?.state === 'LEADING') ?? peers.find((p) => p.mem);
    return peer ? viewTree(this.run.world, peer) : null;
  }

  private lastSid(k: number): number | null {
    return this.run.lastRecord?.index === k - 1 ? this.run.lastRecord.sid : null;
  }

  private marksOf(k: number): MarkView[] {
    const r = this.run.lastRecord;
    return r && r.index === k - 1 ? r.marks.map(markView) : [];
  }
}
