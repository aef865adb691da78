import { useEffect } from 'react';
import { useModes } from '../classroom/useModes.ts';
import { useT } from '../i18n/useT.ts';
import { TourPanel } from '../tours/TourPanel.tsx';
import { FileProblems } from './FileProblems.tsx';
import { ScenarioInfo } from './ScenarioInfo.tsx';
import { connectTeaching } from './teachingStore.ts';
import { useFileDrop } from './useFileDrop.ts';

/** The teaching region under the toolbar: file problems, the scenario's story and its guided tour. */
export function TeachingRegion() {
  const t = useT();
  useEffect(() => connectTeaching(), []);
  useModes();
  const dragging = useFileDrop();
  return (
    <div className="teaching">
      <FileProblems />
      {dragging && <p className="drop-hint" role="status">{t('teach.dropHint')}</p>}
      <div className="teaching-row">
        <ScenarioInfo />
        <TourPanel />
      </div>
    </div>
  );
}
