import { useEffect } from 'react';
import { useModes } from '../classroom/useModes.ts';
import { useT } from '../i18n/useT.ts';
import { FileProblems } from './FileProblems.tsx';
import { connectTeaching } from './teachingStore.ts';
import { useFileDrop } from './useFileDrop.ts';

/** The teaching features' page-wide parts: their worker replies, the modes, file drops and file problems. */
export function TeachingRegion() {
  const t = useT();
  useEffect(() => connectTeaching(), []);
  useModes();
  const dragging = useFileDrop();
  return (
    <>
      <FileProblems />
      {dragging && <p className="drop-hint" role="status">{t('teach.dropHint')}</p>}
    </>
  );
}
