import { HomeScreen } from '../home/HomeScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { lazy, Suspense } from 'react';

import { withAnalysisTexts } from '../i18n/analysisTexts';

// Joining a shared arena brings the sync code: loaded only for a sharing link.
const JoinScreen = lazy(() => import('../sync/ui/JoinScreen').then((m) => ({ default: m.JoinScreen })));
const OverviewScreen = lazy(() => withAnalysisTexts(import('../home/OverviewScreen')).then((m) => ({ default: m.OverviewScreen })));
import { useRoute } from './route';
import { FileDrop, ImportMessage } from './FileDrop';
import { UpdatePrompt } from './UpdatePrompt';
import { ListImportHost } from './ListImport';

export function App() {
  const route = useRoute();
  return (
    <>
      <ImportMessage />
      {route.name === 'arena' ? <EditorScreen key={route.id} arenaId={route.id} isNew={route.isNew} /> : route.name === 'join' ? (
        <Suspense fallback={null}>
          <JoinScreen />
        </Suspense>
      ) : route.name === 'overview' ? (
        <Suspense fallback={null}>
          <OverviewScreen />
        </Suspense>
      ) : <HomeScreen />}
      <FileDrop into={route.name === 'arena' ? 'open' : 'new'} />
      <ListImportHost />
      <UpdatePrompt />
    </>
  );
}
