import type { MessageKey } from './en.ts';
import { DICTIONARIES, type Language } from './languages.ts';

/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | bigint>>;

const PLACEHOLDER = /\{(\w+)\}/g;
// `{n, plural, one {# line} other {# lines}}`: the form Intl.PluralRules picks for n, `#` being n.
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /([\w=]+)\s*\{([^{}]*)\}/g;

const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

/** A number as `language` writes it (digit grouping: 12,345). */
export function formatNumber(language: Language, n: number | bigint): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })));
  return format.format(n);
}

function pluralForm(language: Language, n: number, forms: string): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const byCategory = new Map([...forms.matchAll(PLURAL_FORM)].map((f) => [f[1] ?? '', f[2] ?? '']));
  const chosen = byCategory.get(`=${n}`) ?? byCategory.get(rules.select(n)) ?? byCategory.get('other') ?? '';
  return chosen.replace('#', formatNumber(language, n));
}

/** A parameter as text: numbers in the language's format, everything else as it is (plain text). */
function paramText(language: Language, value: string | number | bigint): string {
  return typeof value === 'string' ? value : formatNumber(language, value);
}

/**
 * The text of `key` in `language`, with `{name}` placeholders replaced by `params` and plural forms
 * chosen by Intl.PluralRules. The result is plain text for React to render as text (never HTML); a
 * placeholder without a value stays visible as `{name}` so a forgotten parameter shows up instead of vanishing.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[language][key];
  if (!params) return template;
  const counted = template.replace(PLURAL, (whole, name: string, forms: string) =>
    Object.hasOwn(params, name) ? pluralForm(language, Number(params[name]), forms) : whole,
  );
  return counted.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? paramText(language, params[name] as string | number | bigint) : whole,
  );
}

/** The placeholder names used in a message template (plural ones included), sorted, for tests that compare languages. */
export function placeholdersOf(template: string): string[] {
  const plurals = [...template.matchAll(PLURAL)].map((m) => m[1] ?? '');
  const rest = template.replace(PLURAL, '');
  return [...plurals, ...[...rest.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')].sort();
}
