import { AppHeader } from './components/AppHeader.tsx';
import { EnsembleRegion } from './components/EnsembleRegion.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { useDocumentLanguage } from './useDocumentLanguage.ts';

/** The app shell: header, then the main area. A crash in the main area leaves the header usable. */
export function App() {
  useDocumentLanguage();
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <ErrorBoundary>
          <EnsembleRegion />
        </ErrorBoundary>
      </main>
    </div>
  );
}
