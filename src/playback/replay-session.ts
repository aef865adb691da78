/**
 * A replayed run played like a simulated one: each log line is a step, its timestamp (relative to the
 * earliest line of all logs) the virtual time, so the cluster view, the time controls, the tally, the
 * event log and the Lamport diagram work unchanged. Nothing can be changed in the past of real servers:
 * fault actions and branches do not apply and are ignored.
 */
import { countUpTo, isElectionEvent, matchesQuery, parseQuery } from '../replay/index';
import type { ReplayedRun } from '../replay/types';
import type { Phrase } from '../scenario/phrase';
import type { MessageView, NotificationView } from './frame';
import { kindOf, type Frame, type LogLineView, type Marker, type TraceMessage } from './frame-types';
import type { Timeline, TimelineCommand } from './timeline';
import { epochOf, ReplayFold } from './replay-view';

/** Lines of the log sent with each frame, and the space-time diagram's messages and window (as a Session). */
const LOG_LINES = 120;
const TRACE_CAP = 400;
const TRACE_WINDOW_MS = 400;
/**
 * A notification answered by a server that is not LOOKING is not in its sender's log, so its send time is
 * unknown: it is drawn as leaving this long before it was received, and its `sentAt` field says `?`.
 */
const UNKNOWN_FLIGHT_MS = 10;

interface Flight {
  readonly view: MessageView;
  /** Index of the receive event: the message is on the wire before this many steps. */
  readonly receivedStep: number;
}

/** Event times, non-decreasing: a line without a timestamp takes the time of the line before it. */
function eventTimes(run: ReplayedRun): number[] {
  const out: number[] = [];
  for (const e of run.events) out.push(Math.max(e.atMs ?? 0, out.at(-1) ?? 0));
  return out;
}

function flights(run: ReplayedRun, times: readonly number[]): Flight[] {
  const known = new Set(run.servers.map((s) => s.id));
  return run.messages.filter((m) => known.has(m.from) && known.has(m.to)).map((m) => {
    const deliverAt = times[m.event] ?? 0;
    const sentAt = m.sentAtMs ?? Math.max(0, deliverAt - UNKNOWN_FLIGHT_MS);
    const v = m.vote;
    const payload: NotificationView = {
      type: 'notification', leader: v.leader, zxid: v.zxid, electionEpoch: v.round, peerEpoch: v.peerEpoch, state: v.state,
      logged: { sentAt: m.sentAtMs, receivedAt: deliverAt },
    };
    const view: MessageView = { id: m.event, channel: 'election', from: m.from, to: m.to, sentAt, deliverAt, lostAt: null, lostWhy: null, payload };
    return { view, receivedStep: m.event };
  });
}

function markersOf(run: ReplayedRun): Marker[] {
  const out: Marker[] = [];
  const rounds = new Map<number, number>();
  run.events.forEach((e, step) => {
    const f = e.fact;
    const time = e.atMs ?? 0;
    if (f.kind === 'notification' && f.sid === e.server && f.round !== rounds.get(e.server)) {
      rounds.set(e.server, f.round);
      out.push({ step, time, kind: 'round', sid: e.server, value: f.round });
    } else if (f.kind === 'quorum-up') {
      out.push({ step, time, kind: 'leader', sid: e.server, value: epochOf(f.zxid) });
    }
  });
  return out;
}

/** An event a search found: where it is in the run and in its file. */
export interface SearchHit {
  readonly step: number;
  readonly time: number;
  readonly sid: number;
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

/** One replayed run, positioned at some step. */
export class ReplaySession implements Timeline {
  private k = 0;
  private t = 0;
  private selected: number | null = null;
  private markersSent = false;
  private readonly times: number[];
  private readonly flights: Flight[];
  private readonly markers: Marker[];
  private readonly fold: ReplayFold;
  /** Steps of the election events, for the event log filtered to elections only. */
  private readonly electionSteps: number[] = [];
  private electionsOnly = false;

  constructor(private readonly run: ReplayedRun, private readonly title: string) {
    this.times = eventTimes(run);
    run.events.forEach((e, i) => { if (isElectionEvent(e)) this.electionSteps.push(i); });
    this.flights = flights(run, this.times);
    this.markers = markersOf(run);
    this.fold = new ReplayFold(run);
  }

  private get horizon(): number {
    return this.times.at(-1) ?? 0;
  }

  private toStep(k: number, t?: number): void {
    this.k = Math.max(0, Math.min(k, this.times.length));
    this.t = t ?? (this.k > 0 ? (this.times[this.k - 1] as number) : 0);
  }

  /** Runs one command of the time controls or the selection; returns the frame to post. */
  handle(cmd: TimelineCommand): Frame {
    switch (cmd.type) {
      case 'seekTime':
        this.toStep(countUpTo(this.times, cmd.t), Math.max(0, Math.min(cmd.t, this.horizon)));
        break;
      case 'seekStep':
        this.toStep(cmd.step);
        break;
      case 'stepBy':
        this.toStep(this.k + cmd.delta);
        break;
      case 'marker': {
        // A marker at step i is shown as the moment just after it (i + 1 steps), as in a simulated run.
        const k = this.k;
        const m = cmd.direction > 0 ? this.markers.find((x) => x.step + 1 > k) : [...this.markers].reverse().find((x) => x.step + 1 < k);
        if (m) this.toStep(m.step + 1);
        break;
      }
      case 'select':
        this.selected = cmd.sid;
        break;
      default:
        break;
    }
    return this.frame(cmd.req);
  }

  /** Shows only election events in the event log (notifications, state changes, new elections, timeouts). */
  filterElections(on: boolean): void {
    this.electionsOnly = on;
  }

  /** The events a query matches (see src/replay/search.ts), the first `cap` of them, and how many in all. */
  search(query: string, cap: number): { hits: SearchHit[]; total: number } | { error: Phrase } {
    const parsed = parseQuery(query);
    if ('error' in parsed) return parsed;
    const hits: SearchHit[] = [];
    let total = 0;
    this.run.events.forEach((e, step) => {
      if ((this.electionsOnly && !isElectionEvent(e)) || !matchesQuery(e, parsed.terms)) return;
      if (++total <= cap) hits.push({ step, time: this.times[step] as number, sid: e.server, text: e.text, file: e.file, line: e.line });
    });
    return { hits, total };
  }

  /** The frame of the moment shown. */
  frame(req: number): Frame {
    const k = this.k;
    const events = this.run.events;
    this.fold.seek(k);
    const last = k > 0 ? events[k - 1] : undefined;
    const tallyOf = this.selected ?? last?.server ?? null;
    const servers = this.fold.servers();
    const markers = this.markersSent ? null : this.markers;
    this.markersSent = true;
    return {
      req, title: this.title, t: this.t, step: k, nextEventAt: k < this.times.length ? (this.times[k] as number) : null, horizon: this.horizon,
      servers, links: this.links(servers.map((s) => s.id)),
      messages: this.flights.filter((f) => f.receivedStep >= k && f.view.sentAt <= this.t).map((f) => f.view),
      voters: this.fold.voters, tally: tallyOf === null ? null : this.fold.tally(tallyOf), selected: this.selected,
      lastStep: last ? { index: k - 1, time: this.times[k - 1] as number, sid: last.server, kind: last.fact.kind } : null,
      marks: [], log: this.log(k), markers, trace: this.trace(k), invariant: { ok: true },
      branch: 0, branches: [{ id: 0, parent: null, forkStep: 0, actions: 0 }],
      tree: null, clients: [], clientMessages: [], histories: [], broadcast: null, dropped: null, replay: true,
    };
  }

  /** Links are not in the logs; every pair is drawn as connected. */
  private links(ids: number[]): Frame['links'] {
    return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ a, b, state: 'up' as const })));
  }

  private log(k: number): LogLineView[] {
    if (this.electionsOnly) {
      const end = countUpTo(this.electionSteps, k - 1);
      return this.electionSteps.slice(Math.max(0, end - LOG_LINES), end).map((step) => {
        const e = this.run.events[step] as ReplayedRun['events'][number];
        return { step, time: this.times[step] as number, sid: e.server, text: e.text, source: { file: e.file, line: e.line, endLine: e.endLine } };
      });
    }
    const from = Math.max(0, k - LOG_LINES);
    return this.run.events.slice(from, k).map((e, i) => ({ step: from + i, time: this.times[from + i] as number, sid: e.server, text: e.text, source: { file: e.file, line: e.line, endLine: e.endLine } }));
  }

  private trace(k: number): TraceMessage[] {
    const out: TraceMessage[] = [];
    for (const f of this.flights) {
      const m = f.view;
      if (m.sentAt > this.t || m.deliverAt < this.t - TRACE_WINDOW_MS) continue;
      out.push({ id: m.id, kind: kindOf(m.payload), from: m.from, to: m.to, sentAt: m.sentAt, deliverAt: m.deliverAt, delivered: f.receivedStep < k ? true : null });
      if (out.length >= TRACE_CAP) break;
    }
    return out;
  }
}
