import { create } from 'zustand';
import type { Language } from '../i18n/languages.ts';
import { initialLanguage, rememberLanguage } from './languageStorage.ts';

/** View state of the app (design.md §5: zustand holds view state; the run itself lives in the worker). */
export interface ViewState {
  readonly language: Language;
  /** Switches the UI language and remembers it for the next visit. */
  setLanguage(language: Language): void;
}

/** The app's view store. Components subscribe with narrow selectors, e.g. `useViewStore((s) => s.language)`. */
export const useViewStore = create<ViewState>()((set) => ({
  language: initialLanguage(),
  setLanguage(language) {
    rememberLanguage(language);
    set({ language });
  },
}));
