import type { LocalizedText } from '../../worker/protocol.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * A scenario's text in `lang`, else English, else `fallback`. Scenario texts are user text (files,
 * links): callers render the result as a React text child, never as HTML.
 */
export function localizedText(text: LocalizedText | undefined, lang: Language, fallback = ''): string {
  return text?.[lang] ?? text?.en ?? fallback;
}
