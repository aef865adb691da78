import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { localizedText } from './localized.ts';
import { useT } from '../i18n/useT.ts';
import { loadPreset } from '../state/runStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { loadLibrary, useTeachingStore } from './teachingStore.ts';

/** The large generated ensembles (issue 4's presets) offered after the library's stories. */
const LARGE = ['seven', 'fiftyOne'] as const;

/**
 * The menu named "Scenarios" (WAI-ARIA menu button): the library's stories by localized title, each
 * with the question it answers, then the large ensembles. ↑/↓/Home/End move, Enter picks, Escape closes.
 */
export function ScenariosMenu() {
  const t = useT();
  const lang = useViewStore((s) => s.language);
  const entries = useTeachingStore((s) => s.entries);
  const current = useTeachingStore((s) => s.info?.id ?? null);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    // Focus the current story (or the first) when the menu opens, as menus do.
    const all = items();
    (all.find((b) => b.dataset.current === 'true') ?? all[0])?.focus();
    const close = (ev: MouseEvent) => {
      if (!menu.current?.contains(ev.target as Node) && ev.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const choose = (pick: () => void) => {
    setOpen(false);
    button.current?.focus();
    pick();
  };
  const onKey = (ev: KeyboardEvent) => {
    const all = items();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[ev.key];
    if (ev.key === 'Escape' || ev.key === 'Tab') {
      setOpen(false);
      if (ev.key === 'Escape') button.current?.focus();
    } else if (to !== undefined) all[(to + all.length) % all.length]?.focus();
    else return;
    // These keys belong to the menu, not to the stepping shortcuts.
    ev.stopPropagation();
    if (ev.key !== 'Tab') ev.preventDefault();
  };

  return (
    <div className="scenarios-menu">
      <button
        ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId}
        onClick={() => setOpen(!open)}
        onKeyDown={(ev) => {
          if (ev.key === 'ArrowDown') {
            ev.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('teach.scenarios')} ▾
      </button>
      {open && (
        <ul className="menu" role="menu" id={menuId} aria-label={t('teach.scenarios')} ref={menu} onKeyDown={onKey}>
          {/* An item's name is all it shows (title, tour tag, question), so speech input can say any of it. */}
          {entries.map((e) => {
            const title = localizedText(e.titles, lang, e.title);
            return (
              <li key={e.id} role="none">
                <button type="button" role="menuitem" data-current={e.id === current ? 'true' : undefined} onClick={() => choose(() => loadLibrary(e.id))}>
                  <span className="menu-title">{title}{e.tourSteps > 0 && <span className="tour-tag">{t('teach.hasTour')}</span>}</span>
                  <span className="menu-question">{localizedText(e.question, lang)}</span>
                </button>
              </li>
            );
          })}
          <li role="separator" />
          {LARGE.map((p) => (
            <li key={p} role="none">
              <button type="button" role="menuitem" onClick={() => choose(() => loadPreset(p))}>
                <span className="menu-title">{t(p === 'seven' ? 'preset.seven' : 'preset.fiftyOne')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
