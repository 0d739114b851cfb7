/** The screens of saved versions behind their addresses (routes.ts): one version read-only, or a comparison. */
import { useSyncExternalStore } from 'react';
import { parseVersionsRoute } from './routes';
import { VersionScreen } from './VersionScreen';
import { CompareScreen } from './CompareScreen';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export default function VersionsRoute() {
  const route = parseVersionsRoute(useSyncExternalStore(subscribe, () => window.location.hash));
  if (route?.name === 'version') return <VersionScreen key={route.versionId} arenaId={route.arenaId} versionId={route.versionId} />;
  if (route?.name === 'compare') return <CompareScreen arenaId={route.arenaId} from={route.from} to={route.to} />;
  return null;
}
