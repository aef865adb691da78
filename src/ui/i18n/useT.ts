import { useCallback } from 'react';
import { useViewStore } from '../state/viewStore.ts';
import type { MessageKey } from './en.ts';
import { translate, type MessageParams } from './translate.ts';

/** The translate function for a message key and its parameters. */
export type TFunction = (key: MessageKey, params?: MessageParams) => string;

/** A `t(key, params)` bound to the current UI language; components re-render when it changes. */
export function useT(): TFunction {
  const language = useViewStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
