/** The groups of UI figures bench/ui-bench.ts measures, each on its own page; `--ui-parts` picks some. */
export const UI_PARTS = ['load', 'play', 'seek', 'soak', 'lock', 'replay'] as const;

/** One group of UI figures. */
export type UiPart = (typeof UI_PARTS)[number];

/** The parts named in a comma-separated list, or a problem line naming the unknown ones. */
export function parseUiParts(list: string): readonly UiPart[] | string {
  const names = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !(UI_PARTS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) return `--ui-parts takes a list of ${UI_PARTS.join(', ')}; got "${list}"`;
  return names as UiPart[];
}
