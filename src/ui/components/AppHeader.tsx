import { useT } from '../i18n/useT.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { RunToolbar } from './RunToolbar.tsx';

/** The header bar: product name (and tagline where there is room), the run's toolbar, the language. */
export function AppHeader() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        {/* Decorative: the product name next to it says the same. */}
        <img className="brand-logo" src={`${import.meta.env.BASE_URL}logo.svg`} alt="" width="28" height="28" />
        <h1 className="brand-name">{t('app.name')}</h1>
        <p className="brand-tagline" data-testid="tagline">
          {t('app.tagline')}
        </p>
      </div>
      <RunToolbar />
      <div className="header-controls">
        <LanguageSelect />
      </div>
    </header>
  );
}
