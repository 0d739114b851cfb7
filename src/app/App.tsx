import { HomeScreen } from '../home/HomeScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { useRoute } from './route';

export function App() {
  const route = useRoute();
  return route.name === 'arena' ? <EditorScreen key={route.id} arenaId={route.id} /> : <HomeScreen />;
}
