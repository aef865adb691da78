import { useT } from '../i18n/useT.ts';
import { setClassroom, useTeachingStore } from '../scenarios/teachingStore.ts';

/** Fullscreen where the browser allows it (a user gesture is needed; refusal is not an error). */
function fullscreen(on: boolean): void {
  if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** Classroom mode: large type, thick strokes, high contrast, secondary panels hidden, fullscreen. */
export function ClassroomToggle() {
  const t = useT();
  const on = useTeachingStore((s) => s.classroom);
  return (
    <button
      type="button" className="classroom-toggle" aria-pressed={on}
      onClick={() => {
        setClassroom(!on);
        fullscreen(!on);
      }}
    >
      {t('teach.classroom')}
    </button>
  );
}
