/**
 * Translated text for the drawings (servers, links, messages), built from a frame's plain data.
 */
import { kindOf, type LinkView, type MessageView, type PayloadView, type ServerView } from '../../worker/protocol.ts';
import type { TFunction } from '../i18n/useT.ts';
import type { RingLabels } from '../views/ringView.ts';

/** The accessible name of a server: starts "Server N" and includes its state word. */
export function serverName(t: TFunction, s: ServerView): string {
  const epochs = { accepted: s.acceptedEpoch ?? '-', current: s.currentEpoch ?? '-' };
  if (s.state === 'STOPPED' || !s.vote) return t('server.nameStopped', { id: s.id, ...epochs });
  return t('server.name', {
    id: s.id, state: s.state, round: s.logicalclock ?? '-', leader: s.vote.leader, zxid: s.vote.zxid, peerEpoch: s.vote.peerEpoch,
    ...epochs, lastZxid: s.lastZxid ?? '-',
  });
}

/** A payload's fields as (name, value) pairs, in ZooKeeper's names (language-neutral; `?` for a send no log shows). */
export function payloadFields(p: PayloadView): [string, string][] {
  if (p.type === 'notification') {
    const fields: [string, string][] = [
      ['leader', String(p.leader)], ['zxid', p.zxid], ['electionEpoch', String(p.electionEpoch)], ['peerEpoch', String(p.peerEpoch)], ['state', p.state],
    ];
    if (p.logged) fields.push(['sentAt', String(p.logged.sentAt ?? '?')], ['receivedAt', String(p.logged.receivedAt)]);
    return fields;
  }
  const fields: [string, string][] = [['type', p.packet]];
  // UPTODATE and the like are sent with zxid -1: they carry no zxid, so none is shown.
  if (p.zxid !== null) fields.push(['zxid', p.zxid]);
  if (p.learnerSid !== undefined) fields.push(['sid', String(p.learnerSid)]);
  if (p.currentEpoch !== undefined) fields.push(['currentEpoch', String(p.currentEpoch)]);
  return fields;
}

/** A message's payload in one line. */
export function messageText(t: TFunction, m: MessageView): string {
  const text = t('message.name', { kind: kindOf(m.payload), from: m.from, to: m.to, fields: payloadFields(m.payload).map(([k, v]) => `${k}=${v}`).join(', ') });
  return m.lostAt !== null ? t('message.lost', { text, why: m.lostWhy ?? '' }) : text;
}

/** When a change queued while paused is made: "at step 7", or "later" beyond the preview. */
export function whenText(t: TFunction, step: number | null): string {
  return step === null ? t('coming.later') : t('coming.atStep', { step });
}

/** A change queued while paused with its step: "stops at step 7". */
export function comingText(t: TFunction, kind: 'stop' | 'start' | 'lost', step: number | null): string {
  return t(kind === 'stop' ? 'coming.stop' : kind === 'start' ? 'coming.start' : 'coming.lost', { when: whenText(t, step) });
}

/** Every label the ring view needs. */
export function ringLabels(t: TFunction): RingLabels {
  return {
    server: (s) => serverName(t, s),
    link: (l: LinkView) => t('link.name', { a: l.a, b: l.b, state: t(l.state === 'up' ? 'link.up' : l.state === 'cut' ? 'link.cut' : 'link.partitioned') }),
    message: (m) => messageText(t, m),
    dots: (n) => t('message.dots', { n }),
    coming: (kind, step) => comingText(t, kind, step),
    detail: (s) => {
      if (s.state === 'STOPPED' || !s.vote) return [s.state, t('detail.epochs', { accepted: s.acceptedEpoch ?? '-', current: s.currentEpoch ?? '-' })];
      return [
        s.state,
        t('detail.round', { round: s.logicalclock ?? '-' }),
        t('detail.vote', { leader: s.vote.leader, zxid: s.vote.zxid, peerEpoch: s.vote.peerEpoch }),
        t('detail.epochs', { accepted: s.acceptedEpoch ?? '-', current: s.currentEpoch ?? '-' }),
        t('detail.zxid', { zxid: s.lastZxid ?? '-' }),
      ];
    },
  };
}
