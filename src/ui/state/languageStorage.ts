import { languageFromPreferences, parseLanguage, type Language } from '../i18n/languages.ts';

/** localStorage key holding the chosen UI language. */
export const LANGUAGE_STORAGE_KEY = 'zkscope.language';

/**
 * The language to start with: the one the user chose before, else the browser's preference.
 * Storage can throw (privacy modes, sandboxed iframes): then we simply do not remember.
 */
export function initialLanguage(): Language {
  const preferences = globalThis.navigator?.languages ?? [];
  return parseLanguage(readStoredLanguage()) ?? languageFromPreferences(preferences);
}

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the chosen language; silently does nothing where storage is unavailable. */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering is fine: the choice still applies to this page.
  }
}
