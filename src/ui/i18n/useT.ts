import { useCallback } from 'react';
import { useViewStore } from '../state/viewStore.ts';
import type { MessageKey } from './en.ts';
import type { Phrase } from '../../worker/protocol.ts';
import { translatePhrase } from './phrases.ts';
import { translate, type MessageParams } from './translate.ts';

/** The translate function for a message key and its parameters. */
export type TFunction = (key: MessageKey, params?: MessageParams) => string;

/** A `t(key, params)` bound to the current UI language; components re-render when it changes. */
export function useT(): TFunction {
  const language = useViewStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** Renders a phrase from the worker (a problem, a refusal) in the current UI language. */
export function usePhraseText(): (phrase: Phrase) => string {
  const language = useViewStore((s) => s.language);
  return useCallback((phrase) => translatePhrase(language, phrase), [language]);
}
