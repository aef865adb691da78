import type { ServerView, TallyView, VoteRow } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { setText } from '../playback/domWrites.ts';
import { useLiveDom } from '../playback/useRunSubscription.ts';
import { useRunStore } from '../state/runStore.ts';

type Wait = NonNullable<ServerView['wait']>;

function Rows({ rows, caption, decided }: { rows: readonly VoteRow[]; caption: string; decided: boolean }) {
  const t = useT();
  return (
    <table className="tally-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tally.col.sid')}</th>
          <th scope="col">{t('tally.col.leader')}</th>
          <th scope="col">{t('tally.col.zxid')}</th>
          <th scope="col">{t('tally.col.round')}</th>
          <th scope="col">{t('tally.col.peerEpoch')}</th>
          <th scope="col">{t('tally.col.state')}</th>
          <th scope="col">{t(decided ? 'tally.col.backsDecided' : 'tally.col.supports')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr><td colSpan={7} className="hint">{t('tally.empty')}</td></tr>
        ) : (
          rows.map((r) => (
            <tr key={r.sid} data-supports={r.supports ? 'true' : undefined}>
              <th scope="row">{r.sid}</th><td>{r.leader}</td><td>{r.zxid}</td><td>{r.round}</td><td>{r.peerEpoch}</td><td>{r.state}</td>
              <td>{r.supports ? t('tally.yes') : t('tally.no')}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** A server's wait (notification poll or finalizeWait) counting down: the time left changes every frame, so it is written outside React. */
function Countdown({ wait }: { wait: Wait }) {
  const t = useT();
  const ref = useLiveDom<HTMLParagraphElement, string>(
    (s) => t(wait.kind === 'poll' ? 'tally.poll' : 'tally.finalize', { left: Math.max(0, Math.round(wait.until - (s.frame?.t ?? 0))), ms: wait.ms }),
    setText,
  );
  return <p className="countdown" data-kind={wait.kind} ref={ref} />;
}

/** The tally of one server: proposal, recvset, outofelection, the quorum meter and the countdowns. */
export function TallyPanel({ tally }: { tally: TallyView }) {
  const t = useT();
  const server = useRunStore((s) => s.frame?.servers.find((x) => x.id === tally.sid));
  const following = useRunStore((s) => s.frame?.selected === null);
  const voters = useRunStore((s) => s.frame?.servers.filter((x) => !x.observer).length ?? 0);
  const wait = server?.wait;
  const p = tally.proposal;
  const decided = server?.state !== 'LOOKING';
  return (
    <div className="tally" data-testid="tally">
      <h3>{t('tally.heading', { id: tally.sid })}</h3>
      {following && <p className="hint">{t('tally.follow')}</p>}
      {!server || server.state === 'STOPPED' || !p ? (
        <p>{t('tally.stopped')}</p>
      ) : (
        <>
          <p data-testid="tally-proposal">
            {t(server.state === 'LOOKING' ? 'tally.proposal' : 'tally.decided', { leader: p.leader, zxid: p.zxid, peerEpoch: p.peerEpoch, round: p.round })}
          </p>
          <div className="quorum">
            <meter min={0} max={tally.needed} value={Math.min(tally.support, tally.needed)} aria-label={t('tally.meter')} />
            <span data-testid="tally-quorum">{t(decided ? 'tally.quorumDecided' : 'tally.quorumOf', { support: tally.support, voters, needed: tally.needed })}</span>
          </div>
          {wait && <Countdown wait={wait} />}
          <Rows rows={tally.recvset} caption={t('tally.recvset')} decided={decided} />
          <Rows rows={tally.outofelection} caption={t('tally.outofelection')} decided={decided} />
        </>
      )}
    </div>
  );
}
