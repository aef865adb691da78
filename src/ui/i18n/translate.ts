import type { MessageKey } from './en.ts';
import { DICTIONARIES, type Language } from './languages.ts';

/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | bigint>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The text of `key` in `language`, with `{name}` placeholders replaced by `params`. The result is plain
 * text for React to render as text (never HTML); a placeholder without a value stays visible as `{name}`
 * so a forgotten parameter shows up instead of vanishing.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[language][key];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names used in a message template, sorted (for tests that compare languages). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}
