import { useEffect } from 'react';
import { translate } from './i18n/translate.ts';
import { useViewStore } from './state/viewStore.ts';

/** Keeps `<html lang>` and the document title in step with the UI language (screen readers, fonts). */
export function useDocumentLanguage(): void {
  const language = useViewStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.documentTitle');
  }, [language]);
}
