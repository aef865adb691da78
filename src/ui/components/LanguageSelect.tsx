import { useId } from 'react';
import { LANGUAGES, parseLanguage } from '../i18n/languages.ts';
import { useT } from '../i18n/useT.ts';
import { useViewStore } from '../state/viewStore.ts';

/** The Language control: a native select (keyboard and screen-reader friendly), labelled "Language". */
export function LanguageSelect() {
  const t = useT();
  const id = useId();
  const language = useViewStore((s) => s.language);
  const setLanguage = useViewStore((s) => s.setLanguage);
  // zh-CN's label also says "Language", so someone who cannot read the current language finds the way back.
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          const next = parseLanguage(e.target.value);
          if (next) setLanguage(next);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
