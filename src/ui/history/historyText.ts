/**
 * Translated text of the transaction-log view: a cell's or a range's name ("0x100000002 committed,
 * applied"), a server's epochs, snapshot and committedLog, and the sync the leader chose for it.
 */
import type { CellState, HistoryRun, ServerHistory, SyncView } from '../../worker/protocol.ts';
import type { TFunction } from '../i18n/useT.ts';

/** zkCli's hex form of (epoch, counter). */
export function zxidOf(epoch: number, counter: number): string {
  return `0x${((BigInt(epoch) << 32n) | BigInt(counter)).toString(16)}`;
}

/** The words for what a server knows of a cell, with "not yet logged" and its ACKs when they apply. */
export function stateText(t: TFunction, cell: { state: CellState; onDisk: boolean; acks: readonly number[] }, needed: number): string {
  const parts = [t(`history.state.${cell.state}`)];
  if (!cell.onDisk) parts.push(t('history.notLogged'));
  if (cell.acks.length > 0) parts.push(t('history.acked', { acks: cell.acks.join(', '), n: cell.acks.length, needed }));
  return parts.join(', ');
}

/** An item of a server's log list: one zxid, or a range of one run when the run is long. */
export interface LogItem {
  readonly key: string;
  readonly text: string;
  readonly state: CellState;
  readonly onDisk: boolean;
  readonly range: boolean;
}

/** Runs longer than this are listed as one range item. */
const EXPAND_UP_TO = 24;

/** The items of a server's log list, newest `cap` kept; the number left out is returned too. */
export function logItems(t: TFunction, runs: readonly HistoryRun[], needed: number, cap: number): { items: LogItem[]; omitted: number } {
  const items: LogItem[] = [];
  for (const r of runs) {
    const state = stateText(t, r, needed);
    const count = r.last - r.first + 1;
    if (count > EXPAND_UP_TO) {
      items.push({
        key: `${r.epoch}:${r.first}-${r.last}`, state: r.state, onDisk: r.onDisk, range: true,
        text: t('history.range', { first: zxidOf(r.epoch, r.first), last: zxidOf(r.epoch, r.last), state, count }),
      });
      continue;
    }
    for (let c = r.first; c <= r.last; c++) {
      const zxid = zxidOf(r.epoch, c);
      items.push({ key: zxid, state: r.state, onDisk: r.onDisk, range: false, text: t('history.cell', { zxid, state }) });
    }
  }
  const omitted = Math.max(0, items.length - cap);
  return { items: items.slice(omitted), omitted };
}

/** What the sync of a learner was and why, in one line each. */
export function syncText(t: TFunction, s: SyncView): { title: string; reason: string; stage: string } {
  return {
    title: t('history.sync', { mode: s.mode, leader: s.leader }),
    reason: t('history.syncReason', {
      peer: s.peerLastZxid, min: s.minCommittedLog, max: s.maxCommittedLog, last: s.leaderLastZxid, path: t(`sync.path.${s.path}`),
    }),
    stage: t(`history.stage.${s.stage}`),
  };
}

/** Epochs, snapshot and committedLog of a server, as short facts. */
export function factsOf(t: TFunction, h: ServerHistory): string[] {
  const facts = [t('history.epochs', { current: h.currentEpoch ?? '-', accepted: h.acceptedEpoch ?? '-' })];
  facts.push(h.snapshot ? t('history.snapshot', { zxid: h.snapshot }) : t('history.noSnapshot'));
  if (h.snapshotInMemory) facts.push(t('history.snapshotInMemory', { zxid: h.snapshotInMemory }));
  if (h.lastProcessedZxid) facts.push(t('history.lastZxid', { zxid: h.lastProcessedZxid }));
  if (h.committedLog) facts.push(t('history.committedLog', h.committedLog));
  return facts;
}
