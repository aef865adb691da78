/**
 * Messages as data, so every layer can produce them and the app can show them in the reader's language.
 * A phrase's code is its English template with `{0}`, `{1}`… where its values go (as gettext keys its
 * messages by their source text); the UI looks the code up in its dictionaries (src/ui/i18n, which a test
 * holds to every tagged message in the sources), and headless tools print the English. A value may itself be a
 * phrase, or a list of phrases, so "field: what was wrong; allowed: what is allowed" nests.
 */

/** One value of a phrase: plain text (user text stays text), a number, or phrases to translate too. */
export type PhraseValue = string | number | Phrase | readonly Phrase[];

/** A message: its code (the English template) and its values. */
export interface Phrase {
  readonly code: string;
  readonly values: readonly PhraseValue[];
}

/** Tags a message: m`is ${x}` is { code: 'is {0}', values: [x] }. */
export function m(strings: TemplateStringsArray, ...values: PhraseValue[]): Phrase {
  return { code: codeOf(strings), values };
}

/** The code a tagged template gets: its literal parts joined by `{0}`, `{1}`… */
export function codeOf(strings: readonly string[]): string {
  return strings.reduce((code, part, i) => (i === 0 ? part : `${code}{${i - 1}}${part}`), '');
}

const SLOT = /\{(\d+)\}/g;

/**
 * `phrase` rendered with `templateOf` (the template of a code in some language; the code itself is the
 * English one). A list of phrases is joined with `separator`. Values are inserted once, never re-read.
 */
export function renderPhrase(phrase: Phrase, templateOf: (code: string) => string, separator = '; '): string {
  const value = (v: PhraseValue | undefined): string => {
    if (v === undefined) return '';
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (Array.isArray(v)) return (v as readonly Phrase[]).map((p) => renderPhrase(p, templateOf, separator)).join(separator);
    return renderPhrase(v as Phrase, templateOf, separator);
  };
  return templateOf(phrase.code).replace(SLOT, (_whole, i: string) => value(phrase.values[Number(i)]));
}

/** The English text of a phrase (what the CLIs print). */
export function phraseText(phrase: Phrase): string {
  return renderPhrase(phrase, (code) => code);
}
