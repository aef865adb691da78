/**
 * Translated text for the drawings (servers, links, messages), built from a frame's plain data.
 */
import type { LinkView, MessageView, ServerView } from '../../worker/protocol.ts';
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

/** A message's payload in one line. */
export function messageText(t: TFunction, m: MessageView): string {
  const text = t('message.name', { kind: m.kind, from: m.from, to: m.to, fields: m.fields.map(([k, v]) => `${k}=${v}`).join(', ') });
  return m.lostAt !== null ? t('message.lost', { text, why: m.lostWhy ?? '' }) : text;
}

/** Every label the ring view needs. */
export function ringLabels(t: TFunction): RingLabels {
  return {
    server: (s) => serverName(t, s),
    link: (l: LinkView) => t('link.name', { a: l.a, b: l.b, state: t(l.state === 'up' ? 'link.up' : l.state === 'cut' ? 'link.cut' : 'link.partitioned') }),
    message: (m) => messageText(t, m),
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
