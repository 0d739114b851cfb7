import { HomeScreen } from '../home/HomeScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { OverviewScreen } from '../home/OverviewScreen';
import { useRoute } from './route';
import { FileDrop, ImportMessage } from './FileDrop';
import { UpdatePrompt } from './UpdatePrompt';

export function App() {
  const route = useRoute();
  return (
    <>
      <ImportMessage />
      {route.name === 'arena' ? <EditorScreen key={route.id} arenaId={route.id} isNew={route.isNew} /> : route.name === 'overview' ? <OverviewScreen /> : <HomeScreen />}
      <FileDrop />
      <UpdatePrompt />
    </>
  );
}
