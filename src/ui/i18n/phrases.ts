/**
 * Problems and other messages that come from the worker, the scenario validator, the link codec and the
 * log replay as phrases (a code, which is the English template, and its values), in the UI's language.
 */
import { renderPhrase, type Phrase } from '../../worker/protocol.ts';
import type { Language } from './languages.ts';
import { zhCNPhrases } from './zh-CN-phrases.ts';

/** The template of a phrase code in `language`; English templates are the codes themselves. */
export function phraseTemplate(language: Language, code: string): string {
  // An unknown code (a message newer than the dictionary) stays readable in English rather than vanish;
  // i18n-phrases.test.ts keeps that from happening for every message in the sources.
  return language === 'zh-CN' ? (zhCNPhrases[code] ?? code) : code;
}

/** `phrase` as text in `language`; lists of problems are joined as that language punctuates them. */
export function translatePhrase(language: Language, phrase: Phrase): string {
  return renderPhrase(phrase, (code) => phraseTemplate(language, code), language === 'zh-CN' ? '；' : '; ');
}
