// Browser entry point (index.html loads it).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { registerServiceWorker } from './offline/serviceWorker.ts';
import { UpdatePrompt } from './offline/UpdatePrompt.tsx';
import './styles/base.css';
import './styles/app.css';
import './styles/cluster.css';
import './styles/teaching.css';
import './styles/data.css';
import './styles/history.css';
import './styles/workbench.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    {/* Outer boundary: even a crash in the header shows a message rather than a blank page. */}
    <ErrorBoundary>
      <SkipLink />
      <App />
      <UpdatePrompt />
    </ErrorBoundary>
  </StrictMode>,
);

// Production builds only: the dev server serves modules that change under hot reload.
if (import.meta.env.PROD) registerServiceWorker();
