import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App';
import { startAutosave } from './persistence/autosave';
import { loadLanguage } from './i18n/useT';
import { usePreferencesStore } from './store/preferencesStore';
import { parseRoute } from './app/route';
import { startEarlyOpening } from './editor/earlyOpening';

startAutosave();
// Opening an arena's address: its lock and its row are asked for before React renders anything
// (earlyOpening.ts). The editor has nothing to show before the arena is read, so the first render waits
// for that read, at most HEAD_START_MS: rendered at once, it kept the main thread busy while the answers
// of the lock and the database queued behind it.
const HEAD_START_MS = 300;
const route = parseRoute(window.location.hash);
const headStart =
  route.name === 'arena'
    ? Promise.race([startEarlyOpening(route.id), new Promise<void>((resolve) => setTimeout(resolve, HEAD_START_MS))])
    : Promise.resolve();

const root = document.getElementById('root');
// The first screen is drawn in the user's language, never first in English.
void Promise.all([loadLanguage(usePreferencesStore.getState().language).catch(() => usePreferencesStore.getState().setLanguage('en')), headStart])
  .then(() => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
