import { useEffect, useState } from 'react';
import { openFile } from './openFile.ts';

/** Dropping a file anywhere on the page opens it; returns whether a file is being dragged over the page. */
export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (ev: DragEvent) => ev.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (ev: DragEvent) => {
      if (!hasFiles(ev)) return;
      // Without preventDefault the browser would navigate to the file, leaving the run.
      ev.preventDefault();
      setOver(true);
    };
    const onLeave = (ev: DragEvent) => {
      if (ev.relatedTarget === null) setOver(false);
    };
    const onDrop = (ev: DragEvent) => {
      if (!hasFiles(ev)) return;
      ev.preventDefault();
      setOver(false);
      const file = ev.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}
