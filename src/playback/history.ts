/**
 * What a branch remembers of the steps computed so far: step times, log lines, timeline markers,
 * the message trace and invariant violations. Recorded once, when a step is first computed; replays
 * after a seek reuse it. Forking keeps everything before the fork point. Each list has a budget
 * (budget.ts): only the newest steps' times are kept, older ones are found by replaying (run.ts).
 */
import type { Mark } from '../engine/marks';
import type { LogLine } from '../sim/log-lines';
import type { InFlight, StepRecord } from '../sim/world-state';
import { SESSION_COMMANDS_MAX, LOG_LINES_MAX, MARKERS_MAX, overflow, STEP_TIMES_MAX, TRACE_MAX } from './budget';
import type { TypedCommand } from './frame-clients';
import { kindOf, type Marker, type TraceMessage } from './frame-types';

/** A sent message as the space-time diagram needs it, with the step that sent it; its fate is kept apart. */
type TraceEntry = Omit<TraceMessage, 'delivered'> & { readonly step: number };

/** A violation found by the invariant checker. */
export interface Broken {
  readonly property: string;
  readonly detail: string;
  readonly step: number;
}

/** The memory of one branch. */
export class History {
  /** recent[i] is the virtual time of step recentFrom + i: the newest steps only (STEP_TIMES_MAX). */
  private recent: number[] = [];
  private recentFrom = 0;
  /** The time of step recentFrom - 1, the newest one whose time was dropped (every older one is ≤ it). */
  private droppedUpTo = 0;
  log: LogLine[] = [];
  markers: Marker[] = [];
  trace: TraceEntry[] = [];
  /** Step at which each message of the trace arrived (true) or was found lost (false). */
  fates = new Map<number, { step: number; delivered: boolean }>();
  broken: Broken | null = null;
  /** Bumped whenever markers change, so frames resend them only then. */
  markersVersion = 0;
  /** zkCli lines typed into client sessions, with the step that ran them and its time (for the consoles' echo). */
  private commands: (TypedCommand & { readonly step: number; readonly time: number })[] = [];
  /** The oldest step (and its time) whose log lines, messages and markers are all kept (budget.ts). */
  keptFromStep = 0;
  keptFromTime = 0;

  /** Steps recorded so far. */
  get count(): number {
    return this.recentFrom + this.recent.length;
  }

  /** The time of step i if it is still kept (a recent step), else undefined. */
  timeOf(i: number): number | undefined {
    return i >= this.recentFrom && i < this.count ? this.recent[i - this.recentFrom] : undefined;
  }

  /** The time of the newest step, or null before the first. */
  lastTime(): number | null {
    return this.recent.length > 0 ? this.recent[this.recent.length - 1] : this.recentFrom > 0 ? this.droppedUpTo : null;
  }

  /** The commands run by steps before `step`. */
  commandsBefore(step: number): TypedCommand[] {
    let hi = this.commands.length;
    while (hi > 0 && this.commands[hi - 1].step >= step) hi--;
    return this.commands.slice(0, hi);
  }

  /** Records a zkCli line typed into a session, run by step r (after `record(r, …)`). */
  recordCommand(c: TypedCommand, r: StepRecord): void {
    this.commands.push({ ...c, step: r.index, time: r.time });
    const mine = this.commands.filter((x) => x.client === c.client);
    const n = this.dropOldest(mine, SESSION_COMMANDS_MAX, (e) => e);
    if (n > 0) {
      const kept = new Set(mine);
      this.commands = this.commands.filter((x) => x.client !== c.client || kept.has(x));
    }
  }

  /** Records a newly computed step. `sent` are the messages it put on the wire. */
  record(r: StepRecord, lines: readonly LogLine[], sent: readonly InFlight[]): void {
    this.recent.push(r.time);
    for (const l of lines) this.log.push(l);
    for (const m of sent) {
      if (m.from === m.to) continue;
      this.trace.push({ id: m.id, step: r.index, kind: kindOf(m.payload), from: m.from, to: m.to, sentAt: m.sentAt, deliverAt: m.lostAt ?? m.deliverAt });
    }
    // Only the trace's messages need their fate (a server's message to itself is not drawn).
    const firstId = this.trace[0]?.id ?? Infinity;
    if (r.messageId !== null && r.messageId >= firstId) this.fates.set(r.messageId, { step: r.index, delivered: r.sid !== null });
    const before = this.markers.length;
    for (const mk of r.marks) this.markFrom(mk, r);
    if (this.markers.length !== before) this.markersVersion++;
    this.keepWithinBudget();
  }

  /**
   * Drops the oldest step times (found again by replaying), and the oldest messages, log lines and markers
   * past their budgets (gone: the frame says from where all details are kept).
   */
  private keepWithinBudget(): void {
    const times = overflow(this.recent.length, STEP_TIMES_MAX);
    if (times > 0) {
      this.droppedUpTo = this.recent[times - 1];
      this.recent.splice(0, times);
      this.recentFrom += times;
    }
    // A message is sent at the time of the step that sends it.
    const trace = this.dropOldest(this.trace, TRACE_MAX, (e) => ({ step: e.step, time: e.sentAt }));
    if (trace > 0) {
      const first = this.trace[0]?.id ?? Infinity;
      for (const id of this.fates.keys()) if (id < first) this.fates.delete(id);
    }
    this.dropOldest(this.log, LOG_LINES_MAX, (l) => l);
    if (this.dropOldest(this.markers, MARKERS_MAX, (m) => m) > 0) this.markersVersion++;
  }

  /**
   * Drops the oldest entries of a list past its budget; returns how many. Details are then all kept from
   * the step after the newest dropped entry's, at whose time (`at`) the user is told they begin.
   */
  private dropOldest<T>(list: T[], max: number, at: (e: T) => { readonly step: number; readonly time: number }): number {
    const n = overflow(list.length, max);
    if (n === 0) return 0;
    const { step, time } = at(list[n - 1]);
    if (step + 1 > this.keptFromStep) {
      this.keptFromStep = step + 1;
      this.keptFromTime = time;
    }
    list.splice(0, n);
    return n;
  }

  private markFrom(m: Mark, r: StepRecord): void {
    const add = (kind: Marker['kind'], value: number | string) => this.markers.push({ step: r.index, time: r.time, kind, sid: m.sid, value });
    if (m.code === 'fle.round.jump') add('round', Number(m.args.toRound));
    else if (m.code === 'fle.lookForLeader') add('round', Number(m.args.logicalclock));
    else if (m.code === 'zab.serving' && m.args.role === 'leader') add('leader', Number(m.args.epoch));
    else if (m.code === 'zab.epoch.decided') add('epoch', Number(m.args.epoch));
    else if (m.code === 'zab.commit') add('commit', String(m.args.zxid));
    else if (m.code === 'peer.stop') add('stop', String(m.args.signal));
  }

  /** Number of computed steps with time ≤ t, or null when that lies among the steps whose times were dropped. */
  stepsUpTo(t: number): number | null {
    if (this.recentFrom > 0 && t < this.droppedUpTo) return null;
    let lo = 0, hi = this.recent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.recent[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return this.recentFrom + lo;
  }

  /** The last `n` log lines of steps before `step`. */
  logBefore(step: number, n: number): LogLine[] {
    let hi = this.log.length;
    while (hi > 0 && this.log[hi - 1].step >= step) hi--;
    return this.log.slice(Math.max(0, hi - n), hi);
  }

  /** Messages sent before `step` whose life overlaps [from, t], newest `cap` of them. */
  traceAt(step: number, from: number, t: number, cap: number): TraceMessage[] {
    const out: TraceMessage[] = [];
    for (let i = this.trace.length - 1; i >= 0 && out.length < cap; i--) {
      const e = this.trace[i];
      if (e.step >= step) continue;
      if (e.sentAt < from - 10_000) break;
      if (e.deliverAt < from) continue;
      const fate = this.fates.get(e.id);
      const delivered = fate && fate.step < step ? fate.delivered : null;
      out.push({ id: e.id, kind: e.kind, from: e.from, to: e.to, sentAt: e.sentAt, deliverAt: e.deliverAt, delivered });
    }
    return out.reverse();
  }

  /** The history up to (not including) step `k`, whose time is `lastTime` (k > 0), for a new branch. */
  fork(k: number, lastTime: number): History {
    const h = new History();
    h.recentFrom = Math.min(this.recentFrom, k);
    h.recent = this.recent.slice(0, k - h.recentFrom);
    h.droppedUpTo = k < this.recentFrom ? lastTime : this.droppedUpTo;
    h.log = this.log.filter((l) => l.step < k);
    h.markers = this.markers.filter((m) => m.step < k);
    h.trace = this.trace.filter((e) => e.step < k);
    for (const [id, f] of this.fates) if (f.step < k) h.fates.set(id, f);
    h.broken = this.broken && this.broken.step < k ? this.broken : null;
    h.commands = this.commands.filter((c) => c.step < k);
    h.keptFromStep = Math.min(this.keptFromStep, k);
    h.keptFromTime = k > 0 ? Math.min(this.keptFromTime, lastTime) : 0;
    return h;
  }
}
