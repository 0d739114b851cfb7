import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App';
import { startAutosave } from './persistence/autosave';
import { loadLanguage } from './i18n/useT';
import { useEditorStore } from './store/editorStore';
import { parseRoute } from './app/route';
import { startEarlyOpening } from './editor/earlyOpening';

startAutosave();
// Opening an arena's address: take its lock and read it while the first screen renders (earlyOpening.ts).
const route = parseRoute(window.location.hash);
if (route.name === 'arena') startEarlyOpening(route.id);

const root = document.getElementById('root');
// The first screen is drawn in the user's language, never first in English.
void loadLanguage(useEditorStore.getState().language)
  .catch(() => useEditorStore.getState().setLanguage('en'))
  .then(() => {
    if (!root) return;
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
