import { useState } from 'react';
import type { ZnodeInfo } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { useLiveStore } from './liveStore.ts';
import { childrenByParent, nameOf } from './treeOf.ts';

function Stat({ n }: { n: ZnodeInfo }) {
  const t = useT();
  const rows: [string, string][] = [
    ['cZxid', n.czxid], ['mZxid', n.mzxid], ['pZxid', n.pzxid], ['ctime', new Date(n.ctime).toISOString()], ['mtime', new Date(n.mtime).toISOString()],
    ['dataVersion', String(n.version)], ['cversion', String(n.cversion)], ['aclVersion', String(n.aversion)],
    ['ephemeralOwner', n.ephemeralOwner], ['dataLength', String(n.dataLength)], ['numChildren', String(n.numChildren)],
  ];
  return (
    <div className="live-stat" data-testid="live-stat">
      <h4>{n.path}</h4>
      <p>{t('live.data')} <code>{n.dataPreview ?? t('live.noData')}</code></p>
      <dl>{rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
    </div>
  );
}

function Branch({ nodes, kids, selected, select }: { nodes: readonly ZnodeInfo[]; kids: Map<string, ZnodeInfo[]>; selected: string | null; select: (p: string) => void }) {
  const t = useT();
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.path}>
          <button
            type="button" className={`znode${n.ephemeralOwner !== '0x0' ? ' ephemeral' : ''}`} aria-pressed={selected === n.path}
            aria-label={t('live.znode', { path: n.path, children: n.numChildren })} onClick={() => select(n.path)}
          >
            {nameOf(n.path)}
          </button>
          {!!n.dataPreview && <span className="znode-data"> = {n.dataPreview}</span>}
          {kids.has(n.path) && n.path !== '/' && <Branch nodes={kids.get(n.path) ?? []} kids={kids} selected={selected} select={select} />}
        </li>
      ))}
    </ul>
  );
}

/** The real znode tree as the bridge walked it; choosing a node shows its stat as zkCli's `stat` would. */
export function LiveTree() {
  const t = useT();
  const tree = useLiveStore((s) => s.tree);
  const truncated = useLiveStore((s) => s.treeTruncated);
  const [selected, setSelected] = useState<string | null>(null);
  const kids = childrenByParent(tree);
  const chosen = tree.find((n) => n.path === selected);
  return (
    <section className="panel live-tree" aria-labelledby="live-tree-heading">
      <h3 id="live-tree-heading">{t('live.treeHeading', { n: tree.length })}</h3>
      {tree.length === 0 ? <p className="hint">{t('live.waiting')}</p> : (
        <div data-testid="live-tree"><Branch nodes={kids.get('/') ?? []} kids={kids} selected={selected} select={setSelected} /></div>
      )}
      {truncated && <p className="hint">{t('live.truncated')}</p>}
      {chosen && <Stat n={chosen} />}
    </section>
  );
}
