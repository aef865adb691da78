/**
 * History figures for `npm run bench` (issue 13): the cost of each frame's per-server history (worker
 * side) and of the strip's layout (UI side) for 51 voters whose logs hold 10 000 transactions each, and
 * the bytes it adds to a frame. The ensemble is a real 51-voter run after its election; the 10 000
 * transactions are written into every server's log and committedLog as broadcast would leave them.
 */
import type { Proposal } from '../src/engine/peer/database';
import { COMMIT_LOG_COUNT } from '../src/engine/peer/database';
import { makeZxid } from '../src/engine/zxid';
import { viewHistories } from '../src/playback/frame-history';
import { ensembleScenario } from '../src/scenario/presets/index';
import { createWorld, runUntil } from '../src/sim/world';
import { historyLayout } from '../src/ui/layout/history';

const ENTRIES = 10_000;
/** The strip's slot budget for 51 rows (historyView.ts: 4000 cells over the rows). */
const SLOTS_51 = Math.floor(4000 / 51);

function proposal(epoch: number, counter: number): Proposal {
  const zxid = makeZxid(epoch, counter);
  return { zxid, txn: { hdr: { sessionId: 0n, cxid: counter, zxid, time: 0 }, body: { type: 'error', err: -101 } } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Measures the history figures. */
export function runHistoryBench(): { figures: Record<string, number>; targets: Record<string, string> } {
  const w = createWorld(ensembleScenario('fiftyOne'));
  runUntil(w, 20_000);
  const epoch = Math.max(...[...w.state.peers.values()].map((p) => p.disk.currentEpoch ?? 0));
  const log = Array.from({ length: ENTRIES }, (_, i) => proposal(epoch, i + 1));
  for (const p of w.state.peers.values()) {
    p.disk.txnLog = [...log];
    if (!p.mem) continue;
    p.mem.db.committedLog = log.slice(-COMMIT_LOG_COUNT - 1);
    // The last two are logged everywhere but not yet committed.
    p.mem.db.lastProcessedZxid = log[ENTRIES - 3].zxid;
  }
  const workerMs: number[] = [];
  const layoutMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    const hs = viewHistories(w);
    const t1 = performance.now();
    historyLayout(hs, 40, 670, SLOTS_51);
    const t2 = performance.now();
    if (i >= 10) {
      workerMs.push(t1 - t0);
      layoutMs.push(t2 - t1);
    }
    bytes = JSON.stringify(hs).length;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    figures: {
      'history.workerMsPerFrame51x10k': round(median(workerMs)),
      'history.layoutMsPerFrame51x10k': round(median(layoutMs)),
      'history.frameBytes51x10k': bytes,
    },
    targets: {
      'history.workerMsPerFrame51x10k': '≤ 20 (the frame budget is 50 ms)',
      'history.layoutMsPerFrame51x10k': '≤ 5',
      'history.frameBytes51x10k': '≤ 50 000 (runs, not cells)',
    },
  };
}
