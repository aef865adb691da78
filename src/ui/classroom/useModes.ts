import { useEffect } from 'react';
import { useTeachingStore } from '../scenarios/teachingStore.ts';

/**
 * Reflects classroom mode and embed mode as classes on `<html>`, so plain CSS (no inline styles: the
 * Content-Security-Policy forbids them) restyles what it must.
 */
export function useModes(): void {
  const classroom = useTeachingStore((s) => s.classroom);
  const embed = useTeachingStore((s) => s.embed);
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('classroom', classroom);
    root.toggle('embed', embed);
  }, [classroom, embed]);
}
