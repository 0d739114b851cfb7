import { HomeScreen } from '../home/HomeScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { lazy, Suspense } from 'react';

import { withAnalysisTexts } from '../i18n/analysisTexts';

// Joining a shared arena brings the sync code: loaded only for a sharing link.
const JoinScreen = lazy(() => import('../sync/ui/JoinScreen').then((m) => ({ default: m.JoinScreen })));
const OverviewScreen = lazy(() => withAnalysisTexts(import('../home/OverviewScreen')).then((m) => ({ default: m.OverviewScreen })));
// Saved versions: one opened read-only, or two compared (with the findings that came and went). Loaded on first use.
const VersionsRoute = lazy(() => withAnalysisTexts(import('../versions/entry')).then((m) => ({ default: m.VersionsRoute })));
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
      ) : route.name === 'versions' ? (
        <Suspense fallback={null}>
          <VersionsRoute />
        </Suspense>
      ) : <HomeScreen />}
      <FileDrop into={route.name === 'arena' ? 'open' : 'new'} />
      <ListImportHost />
      <UpdatePrompt />
    </>
  );
}
