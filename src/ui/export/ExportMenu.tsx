import { useRef, useState, type MouseEvent } from 'react';
import { useT } from '../i18n/useT.ts';
import { RealBar } from '../replay/RealBar.tsx';
import { FileControls } from '../scenarios/FileControls.tsx';
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

/**
 * The File menu: open a scenario file, save the run, and export the ensemble view as PNG or SVG, the run
 * as trace JSON, the Lamport diagram as SVG. One menu keeps the toolbar to one line.
 */
export function FileMenu() {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  // A menu closes once a command in it was chosen, so it never stays over the stage.
  const closeAfterCommand = (ev: MouseEvent) => {
    if ((ev.target as Element).closest('button') && menu.current) menu.current.open = false;
  };
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
    <details className="dropdown file-menu" ref={menu}>
      <summary>{t('teach.file')}</summary>
      <div className="dropdown-body" onClick={closeAfterCommand}>
        <FileControls />
        <hr />
        <p className="dropdown-heading">{t('teach.export')}</p>
        <button type="button" onClick={() => exportSvg('ring', true)}>{t('teach.exportPng')}</button>
        <button type="button" onClick={() => exportSvg('ring', false)}>{t('teach.exportSvg')}</button>
        <button type="button" onClick={() => requestFile('exportTrace')}>{t('teach.exportTrace')}</button>
        <button type="button" onClick={() => exportSvg('lamport', false)}>{t('teach.exportLamport')}</button>
        {problem && <p className="notice" role="alert">{problem}</p>}
        <hr />
        <p className="dropdown-heading">{t('real.group')}</p>
        <RealBar />
      </div>
    </details>
  );
}
