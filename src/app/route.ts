/** Hash routes: `#/` is the arena list, `#/arena/<id>` the editor. Hash routing needs no server rewrite. */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'overview' }
  | { name: 'arena'; id: string; isNew: boolean }
  | { name: 'join' }
  /** A saved version (`#/version/…`) or a comparison (`#/compare/…`): versions/routes.ts reads the rest. */
  | { name: 'versions' };

export function parseRoute(hash: string): Route {
  if (/^#\/(version|compare)\//.test(hash)) return { name: 'versions' };
  const match = /^#\/arena\/([^/?#]+)(\/new)?/.exec(hash);
  if (match?.[1]) return { name: 'arena', id: decodeURIComponent(match[1]), isNew: !!match[2] };
  if (hash.startsWith('#/overview')) return { name: 'overview' };
  // A sharing link: the join screen reads the room and secrets from the fragment itself.
  if (hash.startsWith('#/join/')) return { name: 'join' };
  return { name: 'home' };
}

export function arenaHref(id: string, isNew = false): string {
  return `#/arena/${encodeURIComponent(id)}${isNew ? '/new' : ''}`;
}

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
