import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadFirstPage } from '@/app/router';
import { initI18n } from '@/lib/i18n';
import { createSessionStore } from '@/lib/session';
import './styles/index.css';

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  preloadFirstPage(window.location.pathname);
  const i18n = await initI18n();
  const store = createSessionStore();
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} store={store} />
    </StrictMode>,
  );
}

void start();
