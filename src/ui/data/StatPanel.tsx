import { useT } from '../i18n/useT.ts';
import { useDataStore } from '../state/dataStore.ts';
import { useRunStore } from '../state/runStore.ts';
import { kindText, watchWord } from './labels.ts';

/** The selected znode: what `stat` prints for it, its data and its watches. */
export function StatPanel() {
  const t = useT();
  const path = useDataStore((s) => s.selectedPath);
  const node = useRunStore((s) => (path === null ? undefined : s.frame?.tree?.nodes.find((n) => n.path === path)));
  if (path === null) return <section className="panel stat-panel"><p className="hint">{t('stat.empty')}</p></section>;
  if (!node || node.missing) {
    return (
      <section className="panel stat-panel" aria-label={t('stat.heading', { path })}>
        <h3>{t('stat.heading', { path })}</h3>
        <p className="hint">{t('stat.gone', { path })}</p>
      </section>
    );
  }
  return (
    <section className="panel stat-panel" aria-label={t('stat.heading', { path })}>
      <h3 className="mono">{t('stat.heading', { path })}</h3>
      <p>{t('stat.kind', { kind: kindText(t, node) })}</p>
      <pre className="stat-lines" data-testid="stat-lines">{node.stat.join('\n')}</pre>
      <h4>{t('stat.acl')}</h4>
      <ul className="stat-acl" data-testid="stat-acl">
        {node.acl.map((a) => <li key={a} className="mono">{a}</li>)}
      </ul>
      <p className="hint">{node.protected ? t('stat.aclProtected') : t('stat.aclOpen')}</p>
      <h4>{t('stat.data')}</h4>
      <pre className="stat-data">{node.data ?? t('tree.noData')}</pre>
      <h4>{t('stat.watches')}</h4>
      {node.watches.length === 0 ? <p className="hint">{t('stat.noWatches')}</p> : (
        <ul className="stat-watches">
          {node.watches.map((w) => <li key={`${w.kind}:${w.session}:${w.server}`}>{t('watch.badge', { kind: watchWord(t, w.kind), session: w.session, server: w.server })}</li>)}
        </ul>
      )}
    </section>
  );
}
