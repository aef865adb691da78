import { useId } from 'react';
import type { MessageKey } from '../i18n/en.ts';
import { useT } from '../i18n/useT.ts';
import { actAndSettle, nextSessionName } from '../state/clientActions.ts';
import { useRunStore } from '../state/runStore.ts';
import { recipeLineText } from './recipeLine.ts';
import { chain, contenders, laneStats, nodeName, recipeStep, shownPhase, type Contender } from './lockModel.ts';

/** Contenders per lane (the 2–10). */
export const MAX_PER_LANE = 10;
const STEP_KEYS = ['lock.step.create', 'lock.step.list', 'lock.step.lowest', 'lock.step.watch'] as const;

/** The queue drawn as a chain: holder first, each waiter pointing at the node it watches. */
function Chain({ queue, path, herd }: { queue: readonly Contender[]; path: string; herd: boolean }) {
  const t = useT();
  const name = (c: Contender) => t(herd ? 'lock.herdItem' : 'lock.item', { n: c.n });
  if (queue.length === 0) return <p className="hint">{t('lock.queueEmpty')}</p>;
  return (
    <ol className="lock-chain" aria-label={t('lock.queue', { path })}>
      {queue.map((c, i) => (
        <li key={c.client.name} data-phase={c.recipe.phase} data-killed={c.client.killed}>
          <span className="chain-node mono">{nodeName(c.recipe.node)}</span>
          <span className="chain-who">{name(c)}{i === 0 && c.recipe.phase === 'holding' ? ` · ${t('lock.head')}` : ''}</span>
          {c.recipe.phase === 'waiting' && (
            <span className="chain-watch">
              {herd ? t('lock.watchesAll', { path }) : `← ${t('lock.watches', { node: nodeName(c.recipe.watching) })}`}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** One contender: its phase word (holding / waiting / expired …), recipe steps, node and actions. */
function Item({ c, herd, path }: { c: Contender; herd: boolean; path: string }) {
  const t = useT();
  // Whole seconds left, not the time itself: a frame that only moves time re-renders no item.
  const expiresIn = useRunStore((s) =>
    c.client.killed && c.client.expiresAt !== null && c.client.state !== 'EXPIRED' ? Math.max(0, Math.ceil((c.client.expiresAt - (s.frame?.t ?? 0)) / 1000)) : null,
  );
  const nameId = useId();
  const name = t(herd ? 'lock.herdItem' : 'lock.item', { n: c.n });
  const r = c.recipe;
  const phase = shownPhase(c);
  const step = recipeStep(phase);
  const alive = !c.client.killed && (r.phase !== 'released' && r.phase !== 'closed' && r.phase !== 'expired');
  const last = recipeLineText(c.client.lines[c.client.lines.length - 1]?.text ?? '', t);
  return (
    <li className="lock-item" aria-labelledby={nameId} data-phase={phase} data-killed={c.client.killed}>
      <div className="lock-item-head">
        <strong id={nameId}>{name}</strong>
        <span className={`phase p-${phase}`}>{t(`lock.phase.${phase}` as MessageKey)}</span>
        <span className="mono">{nodeName(r.node)}</span>
        {r.notifications > 0 && <span className="hint">{t('lock.notified', { n: r.notifications })}</span>}
      </div>
      {c.client.killed && phase !== 'expired' && (
        <p className="killed-note">{t('lock.killedNote')}{expiresIn !== null ? ` · ${t('lock.expiresIn', { s: expiresIn })}` : ''}</p>
      )}
      <ol className="recipe-steps" aria-label={t('lock.steps')}>
        {STEP_KEYS.map((k, i) => (
          <li key={k} data-active={i === step} data-done={step > i || (step === 3 && i === 2)}>
            {i === 3 && herd ? t('lock.step.watchHerd', { path }) : t(k)}
          </li>
        ))}
      </ol>
      <p className="lock-last mono" title={last}>{last}</p>
      <div className="row-actions">
        {r.phase === 'holding' && !c.client.killed && (
          <button type="button" aria-label={t('lock.releaseName', { name })} onClick={() => actAndSettle({ do: 'unlock', session: c.client.name })}>{t('lock.release')}</button>
        )}
        <button type="button" disabled={!alive} aria-label={t('clients.killName', { name })} onClick={() => actAndSettle({ do: 'kill', session: c.client.name })}>{t('clients.kill')}</button>
        <button type="button" disabled={!alive} aria-label={t('clients.closeName', { name })}
          onClick={() => actAndSettle({ do: 'client', session: c.client.name, servers: [], command: 'close' })}>{t('clients.close')}</button>
      </div>
    </li>
  );
}

/** A lane of the demo: the recipe on `path`, or herd mode; its Add button, numbers, chain and contenders. */
export function LockLane({ path, herd }: { path: string; herd: boolean }) {
  const t = useT();
  const clients = useRunStore((s) => s.frame?.clients);
  const prefix = herd ? 'herd' : 'lock';
  const cs = contenders(clients ?? [], prefix);
  const stats = laneStats(cs);
  const full = cs.length >= MAX_PER_LANE;
  const add = () => actAndSettle({ do: 'lock', session: nextSessionName(prefix, (clients ?? []).map((c) => c.name)), path, herd });
  return (
    <section className={`panel lock-lane${herd ? ' herd' : ''}`} aria-label={herd ? t('lock.herdLane', { path }) : t('lock.recipeLane', { path })}>
      <h3>{herd ? t('lock.herdLane', { path }) : t('lock.recipeLane', { path })}</h3>
      <div className="lane-bar">
        <button type="button" className="primary" disabled={full} onClick={add}>{herd ? t('lock.addHerd') : t('lock.add')}</button>
        {full && <span className="hint">{t('lock.max', { n: MAX_PER_LANE })}</span>}
        <output className="lane-stats" data-testid={herd ? 'herd-stats' : 'recipe-stats'}>
          {t('lock.stats', { handoffs: stats.handoffs, notifications: stats.notifications, per: stats.perHandoff ?? '–' })}
        </output>
      </div>
      <Chain queue={chain(cs)} path={path} herd={herd} />
      <ul className="lock-items">{cs.map((c) => <Item key={c.client.name} c={c} herd={herd} path={path} />)}</ul>
    </section>
  );
}
