import { useId } from 'react';
import type { ProposalQuorum, WriteJourney } from '../../worker/protocol.ts';
import type { TFunction } from '../i18n/useT.ts';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';

/** A quorum meter: one box per needed ACK, filled as ACKs arrive. */
function Meter({ acks, needed }: { acks: readonly number[]; needed: number }) {
  const boxes = Array.from({ length: Math.max(needed, acks.length) }, (_, i) => acks[i] ?? null);
  return (
    <span className="quorum-meter" aria-hidden="true">
      {boxes.map((sid, i) => (
        <span key={i} className="quorum-box" data-filled={sid !== null ? 'true' : undefined} data-quorum-line={i === needed - 1 ? 'true' : undefined}>
          {sid ?? ''}
        </span>
      ))}
    </span>
  );
}

function writeText(t: TFunction, w: WriteJourney): string {
  const params = { zxid: w.zxid ?? '', n: w.acks.length, needed: w.needed, leader: w.leader ?? '-' };
  return t('broadcast.write', { client: w.client, op: w.op, path: w.path ?? '', server: w.server, stage: t(`broadcast.stage.${w.stage}`, params) });
}

function proposalText(t: TFunction, p: ProposalQuorum): string {
  return t('broadcast.proposal', { zxid: p.zxid, op: p.op, path: p.path ?? '', n: p.acks.length, needed: p.needed });
}

/** Broadcast: each outstanding proposal filling up with ACKs to the quorum line, and client writes in flight. */
export function BroadcastSection() {
  const t = useT();
  const b = useRunStore((s) => s.frame?.broadcast);
  const headingId = useId();
  if (!b) return null;
  return (
    <section className="broadcast" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('broadcast.heading')}</h3>
      {b.outstanding.length === 0 ? <p className="hint">{t('broadcast.none')}</p> : (
        <ul className="broadcast-list" aria-label={t('broadcast.heading')}>
          {b.outstanding.map((p) => (
            <li key={p.zxid} aria-label={proposalText(t, p)}>
              <Meter acks={p.acks} needed={p.needed} /> {proposalText(t, p)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('broadcast.writes')}</h4>
      {b.writes.length === 0 ? <p className="hint">{t('broadcast.noWrites')}</p> : (
        <ul className="broadcast-list" aria-label={t('broadcast.writes')}>
          {b.writes.map((w) => (
            <li key={`${w.client}:${w.xid}`} data-stage={w.stage} aria-label={writeText(t, w)}>
              {w.stage === 'proposed' && <Meter acks={w.acks} needed={w.needed} />} {writeText(t, w)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
