/** Hash routes: `#/` is the arena list, `#/arena/<id>` the editor. Hash routing needs no server rewrite. */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'home' } | { name: 'arena'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/arena\/([^/?#]+)/.exec(hash);
  if (match?.[1]) return { name: 'arena', id: decodeURIComponent(match[1]) };
  return { name: 'home' };
}

export function arenaHref(id: string): string {
  return `#/arena/${encodeURIComponent(id)}`;
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
