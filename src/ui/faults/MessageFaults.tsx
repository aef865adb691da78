import type { MessageView } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { act, useRunStore } from '../state/runStore.ts';
import { comingText } from '../components/labels.ts';
import { pendingLook } from '../views/pending.ts';

/** How long "Delay" holds a message back. */
const DELAY_MS = 1000;

/** Drop, delay or re-send the selected message in flight (not for replayed logs, whose past is fixed). */
export function MessageFaults({ m }: { m: MessageView }) {
  const t = useT();
  // A drop taken while paused is shown at once: the message is already as good as lost.
  const coming = useRunStore((s) => (s.frame ? pendingLook(s.frame).lost.get(m.id) : undefined));
  if (coming) return <p className="hint coming">{comingText(t, 'lost', coming.step)}</p>;
  if (m.lostAt !== null) return null;
  return (
    <div className="buttons message-faults">
      <button type="button" onClick={() => act({ do: 'drop', message: m.id })}>{t('action.drop')}</button>
      <button type="button" onClick={() => act({ do: 'delay', message: m.id, ms: DELAY_MS })}>{t('action.delay')}</button>
      {m.channel === 'election' && (
        <button type="button" title={t('action.duplicateHint')} onClick={() => act({ do: 'duplicate', message: m.id })}>{t('action.duplicate')}</button>
      )}
      {m.channel === 'election' && <p className="hint">{t('action.duplicateHint')}</p>}
    </div>
  );
}
