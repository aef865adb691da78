import { useEffect } from 'react';
import { SECONDARY_PANELS, useTeachingStore } from '../scenarios/teachingStore.ts';

/**
 * Reflects classroom mode, embed mode and the closed secondary panels as classes on `<html>`, so plain
 * CSS (no inline styles: the Content-Security-Policy forbids them) restyles and hides what it must.
 */
export function useModes(): void {
  const classroom = useTeachingStore((s) => s.classroom);
  const embed = useTeachingStore((s) => s.embed);
  const panels = useTeachingStore((s) => s.panels);
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('classroom', classroom);
    root.toggle('embed', embed);
    for (const p of SECONDARY_PANELS) root.toggle(`hide-panel-${p}`, !panels.includes(p));
  }, [classroom, embed, panels]);
}
