import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { requestFile, useTeachingStore } from '../scenarios/teachingStore.ts';
import { downloadBlob, downloadText } from './download.ts';
import { standaloneSvg, svgToPng } from './svgExport.ts';

type Target = 'ring' | 'lamport';

function svgOf(target: Target): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>(`svg[data-testid="${target}"]`);
}

function fileBase(): string {
  const id = useTeachingStore.getState().info?.id;
  return `zkscope-${id ?? 'run'}`;
}

/** Export: the ensemble view as PNG or SVG, the run as trace JSON, the Lamport diagram as SVG. */
export function ExportMenu() {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const exportSvg = (target: Target, png: boolean) => {
    const svg = svgOf(target);
    if (!svg) {
      setProblem(t('teach.exportMissing'));
      return;
    }
    setProblem(null);
    const doc = standaloneSvg(svg);
    const name = `${fileBase()}-${target === 'ring' ? 'ensemble' : 'lamport'}`;
    if (!png) downloadText(doc.text, `${name}.svg`, 'image/svg+xml');
    else svgToPng(doc).then((b) => downloadBlob(b, `${name}.png`), (e: Error) => setProblem(e.message));
  };
  return (
    <details className="dropdown">
      <summary>{t('teach.export')}</summary>
      <div className="dropdown-body">
        <button type="button" onClick={() => exportSvg('ring', true)}>{t('teach.exportPng')}</button>
        <button type="button" onClick={() => exportSvg('ring', false)}>{t('teach.exportSvg')}</button>
        <button type="button" onClick={() => requestFile('exportTrace')}>{t('teach.exportTrace')}</button>
        <button type="button" onClick={() => exportSvg('lamport', false)}>{t('teach.exportLamport')}</button>
        {problem && <p className="notice" role="alert">{problem}</p>}
      </div>
    </details>
  );
}
