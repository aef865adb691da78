import { useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { selectPath, useDataStore } from '../state/dataStore.ts';
import { selectServer, useRunStore } from '../state/runStore.ts';
import { createTreeView, LOCK_PATH, WATCH_LETTER, type TreeViewHandle } from '../views/treeView.ts';
import { treeLabels, watchWord } from './labels.ts';

/** Which server's tree to show: automatic (the leader) or one server; shares the cluster view's selection. */
function ServerPicker() {
  const t = useT();
  const servers = useRunStore((s) => s.frame?.servers);
  const selected = useRunStore((s) => s.frame?.selected ?? null);
  return (
    <label className="tree-picker">
      <span>{t('tree.serverPick')}</span>
      <select value={selected ?? ''} onChange={(e) => selectServer(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
        <option value="">{t('tree.auto')}</option>
        {servers?.map((s) => (
          <option key={s.id} value={s.id}>{`${t('tree.server', { id: s.id })} · ${s.state}`}</option>
        ))}
      </select>
    </label>
  );
}

/** The legend of glyphs and watch letters. */
function TreeLegend() {
  const t = useT();
  return (
    <div className="tree-legend" aria-hidden="true">
      <span><i className="zk persistent" />{t('tree.kind.persistent')}</span>
      <span><i className="zk ephemeral" />{t('tree.kind.ephemeral')}</span>
      <span><i className="zk container" />{t('tree.kind.container')}</span>
      <span><i className="zk ttl" />{t('tree.kind.ttl')}</span>
      <span><b>#</b> {t('tree.sequential')}</span>
      <span><b className="mono">ephemeralOwner=</b> {t('tree.ownerLegend')}</span>
      <span><svg className="lock-swatch" viewBox="-1 -1 10 11" width="12" height="13"><path className="zlock" d={LOCK_PATH} /></svg>{t('tree.protected')}</span>
      {(Object.keys(WATCH_LETTER) as (keyof typeof WATCH_LETTER)[]).map((k) => (
        <span key={k}><i className={`wletter w-${k}`}>{WATCH_LETTER[k]}</i>{watchWord(t, k)}</span>
      ))}
    </div>
  );
}

/** The znode tree of the selected server (D3 owns the SVG; React the controls around it). */
export function TreeRegion() {
  const t = useT();
  const headingId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<TreeViewHandle | null>(null);
  const tree = useRunStore((s) => s.frame?.tree ?? null);
  const selectedSid = useRunStore((s) => s.frame?.selected ?? null);
  const selectedPath = useDataStore((s) => s.selectedPath);
  const labels = useMemo(() => treeLabels(t), [t]);

  useEffect(() => {
    const svg = svgRef.current!;
    const view = createTreeView(svg, (path) => selectPath(path));
    viewRef.current = view;
    const observer = new ResizeObserver(() => view.resize(svg.getBoundingClientRect().width));
    observer.observe(svg);
    return () => {
      observer.disconnect();
      view.destroy();
      viewRef.current = null;
    };
  }, []);
  useEffect(() => {
    viewRef.current?.update(tree, labels, selectedPath);
  }, [tree, labels, selectedPath]);

  return (
    <section className="panel tree-region" aria-label={t('tree.region')}>
      <div className="tree-head">
        <h3 id={headingId}>{tree ? t('tree.heading', { sid: tree.sid }) : t('tree.headingNone')}</h3>
        <ServerPicker />
      </div>
      {tree ? <p className="hint">{t('tree.lastZxid', { zxid: tree.lastZxid })} · {t('tree.hint')}</p>
        : <p className="hint">{selectedSid !== null ? t('tree.stopped', { sid: selectedSid }) : t('tree.none')}</p>}
      {tree?.truncated && <p className="hint">{t('tree.truncated', { n: tree.nodes.length })}</p>}
      <div className="tree-scroll">
        <svg ref={svgRef} className="ztree" aria-labelledby={headingId} />
      </div>
      <TreeLegend />
    </section>
  );
}
