import { HomeScreen } from '../home/HomeScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { lazy, Suspense } from 'react';

const OverviewScreen = lazy(() => import('../home/OverviewScreen').then((m) => ({ default: m.OverviewScreen })));
import { useRoute } from './route';
import { FileDrop, ImportMessage } from './FileDrop';
import { UpdatePrompt } from './UpdatePrompt';

export function App() {
  const route = useRoute();
  return (
    <>
      <ImportMessage />
      {route.name === 'arena' ? <EditorScreen key={route.id} arenaId={route.id} isNew={route.isNew} /> : route.name === 'overview' ? (
        <Suspense fallback={null}>
          <OverviewScreen />
        </Suspense>
      ) : <HomeScreen />}
      <FileDrop />
      <UpdatePrompt />
    </>
  );
}
