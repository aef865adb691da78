import { kindOf } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { MessageFaults } from '../faults/MessageFaults.tsx';
import { useRunStore } from '../state/runStore.ts';
import { useStageStore } from '../state/stageStore.ts';
import { payloadFields } from './labels.ts';
import { PendingActions } from './PendingActions.tsx';

/**
 * The message card under the ring: the message pointed at (hover or focus), else the one clicked, with
 * every field of its payload and a Drop button; with no message, the actions queued while paused (or a hint).
 * It has its own strip, so it never covers a server.
 */
export function MessageCard() {
  const t = useT();
  const pointed = useStageStore((s) => s.pointedMessage);
  const selected = useRunStore((s) => s.selectedMessage);
  const id = pointed ?? selected;
  const m = useRunStore((s) => (id === null ? undefined : s.frame?.messages.find((x) => x.id === id)));
  const replay = useRunStore((s) => s.frame?.replay === true);
  const queued = useRunStore((s) => (s.frame?.pending?.length ?? 0) > 0);
  if (!m) {
    // Actions taken while paused take the hint's place, so saying when they happen costs the stage no room.
    return (
      <div className="message-card empty" data-testid="message-card">
        {queued ? <PendingActions /> : <p className="hint">{t('message.cardHint')}</p>}
      </div>
    );
  }
  return (
    <div className="message-card" data-testid="message-card" data-lost={m.lostAt !== null ? 'true' : undefined} aria-live="polite">
      <p className="message-title">
        <strong>{t('message.heading', { id: m.id, kind: kindOf(m.payload), from: m.from, to: m.to })}</strong>
        {m.lostAt !== null && <span className="lost-tag">{t('message.lostTag', { why: m.lostWhy ?? '' })}</span>}
      </p>
      <dl className="message-fields">
        {payloadFields(m.payload).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('message.timing', { sent: Math.round(m.sentAt), deliver: Math.round(m.deliverAt) })}</p>
      {!replay && <MessageFaults m={m} />}
    </div>
  );
}
