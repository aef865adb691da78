import { en, type MessageKey } from './en.ts';
import { zhCN } from './zh-CN.ts';

/** The languages the UI speaks, as BCP 47 tags (also used for `<html lang>`). */
export type Language = 'en' | 'zh-CN';

/** Each language with its name written in that language (shown in the Language control). */
export const LANGUAGES: readonly { readonly code: Language; readonly nativeName: string }[] = [
  { code: 'en', nativeName: 'English' },
  { code: 'zh-CN', nativeName: '简体中文' },
];

/** The dictionary of each language. */
export const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en,
  'zh-CN': zhCN,
};

/** Narrows an arbitrary string (from storage, a URL, …) to a supported language, or null. */
export function parseLanguage(value: string | null | undefined): Language | null {
  return LANGUAGES.some((l) => l.code === value) ? (value as Language) : null;
}

/** The best supported language for a browser's preference list (`navigator.languages`). */
export function languageFromPreferences(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
