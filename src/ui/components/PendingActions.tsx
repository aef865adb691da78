import { kindOf, type PendingView } from '../../worker/protocol.ts';
import type { TFunction } from '../i18n/useT.ts';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** A message by what it is ("NOTIFICATION 1 → 2") while it is on the wire, else by its number. */
function messageName(t: TFunction, id: number): string {
  // Read once when the list is drawn: the list changes only when actions do, not with every frame's messages.
  const m = useRunStore.getState().frame?.messages.find((x) => x.id === id);
  return m ? `${kindOf(m.payload)} ${m.from} → ${m.to}` : t('pending.message', { id });
}

/** What a queued action does, in words. */
function pendingText(t: TFunction, e: PendingView['event']): string {
  switch (e.do) {
    case 'stop': return t('pending.stop', { server: e.server, signal: e.signal });
    case 'start': return t('pending.start', { server: e.server });
    case 'partition': return t('pending.partition', { groups: e.groups.map((g) => g.join(' ')).join(' | ') });
    case 'heal': return t('pending.heal');
    case 'cut': return t('pending.cut', { a: e.servers[0], b: e.servers[1] });
    case 'mend': return t('pending.mend', { a: e.servers[0], b: e.servers[1] });
    case 'drop': return t('pending.drop', { message: messageName(t, e.message) });
    case 'delay': return t('pending.delay', { message: messageName(t, e.message), ms: e.ms });
    case 'duplicate': return t('pending.duplicate', { message: messageName(t, e.message) });
    case 'latency': return t('pending.latency', { a: e.servers[0], b: e.servers[1], min: e.latencyMs[0], max: e.latencyMs[1] });
    case 'slow': return e.ms > 0 ? t('pending.slow', { server: e.server, ms: e.ms }) : t('pending.unslow', { server: e.server });
    case 'client': return e.command.trim() === '' ? t('pending.open', { session: e.session }) : t('pending.client', { session: e.session, command: e.command });
    case 'lock': return t('pending.lock', { session: e.session, path: e.path });
    case 'unlock': return t('pending.unlock', { session: e.session });
    case 'kill': return t('pending.kill', { session: e.session });
    case 'snapshot': return t('pending.snapshot', { label: e.label });
  }
}

/**
 * The actions taken while paused and not carried out yet, each with the step that carries it out: the
 * stage already draws what they will do, this says when. Shown only while there are some.
 */
export function PendingActions() {
  const t = useT();
  const pending = useRunStore((s) => s.frame?.pending);
  if (!pending || pending.length === 0) return null;
  return (
    <section className="pending-actions" aria-label={t('pending.heading')} aria-live="polite" data-testid="pending-actions">
      <h3>{t('pending.heading')}</h3>
      <ul>
        {pending.map((p, i) => {
          const what = pendingText(t, p.event);
          return <li key={i}>{p.step === null ? t('pending.itemLater', { what }) : t('pending.item', { what, step: p.step })}</li>;
        })}
      </ul>
    </section>
  );
}
