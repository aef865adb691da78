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

/** A payload's fields as `name=value`, in ZooKeeper's names (language-neutral; `?` for a send no log shows). */
function payloadFields(p: PayloadView): string {
  if (p.type === 'notification') {
    const fields = [`leader=${p.leader}`, `zxid=${p.zxid}`, `electionEpoch=${p.electionEpoch}`, `peerEpoch=${p.peerEpoch}`, `state=${p.state}`];
    if (p.logged) fields.push(`sentAt=${p.logged.sentAt ?? '?'}`, `receivedAt=${p.logged.receivedAt}`);
    return fields.join(', ');
  }
  const fields = [`type=${p.packet}`, `zxid=${p.zxid}`];
  if (p.learnerSid !== undefined) fields.push(`sid=${p.learnerSid}`);
  if (p.currentEpoch !== undefined) fields.push(`currentEpoch=${p.currentEpoch}`);
  return fields.join(', ');
}

/** A message's payload in one line. */
export function messageText(t: TFunction, m: MessageView): string {
  const text = t('message.name', { kind: kindOf(m.payload), from: m.from, to: m.to, fields: payloadFields(m.payload) });
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
