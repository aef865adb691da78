import { useT } from '../i18n/useT.ts';
import { LanguageSelect } from './LanguageSelect.tsx';

/** The page header: product name, one-line tagline and the global controls. */
export function AppHeader() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        {/* Decorative: the product name next to it says the same. */}
        <img className="brand-logo" src={`${import.meta.env.BASE_URL}logo.svg`} alt="" width="40" height="40" />
        <div>
          <h1 className="brand-name">{t('app.name')}</h1>
          <p className="brand-tagline" data-testid="tagline">
            {t('app.tagline')}
          </p>
        </div>
      </div>
      <div className="header-controls">
        <LanguageSelect />
      </div>
    </header>
  );
}
