/**
 * The addresses of saved versions, parsed here rather than in app/route.ts so that none of it is in the
 * first load: `#/version/<arena>/<version>` shows a version read-only, `#/compare/<arena>/<from>/<to>`
 * compares two (`to` may be NOW_KEY: the arena as it is).
 */
export const NOW_KEY = 'now';

export type VersionsRoute =
  | { name: 'version'; arenaId: string; versionId: string }
  | { name: 'compare'; arenaId: string; from: string; to: string }
  | null;

export function parseVersionsRoute(hash: string): VersionsRoute {
  const version = /^#\/version\/([^/?#]+)\/([^/?#]+)/.exec(hash);
  if (version) return { name: 'version', arenaId: decodeURIComponent(version[1]!), versionId: decodeURIComponent(version[2]!) };
  const compare = /^#\/compare\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)/.exec(hash);
  if (compare) return { name: 'compare', arenaId: decodeURIComponent(compare[1]!), from: decodeURIComponent(compare[2]!), to: decodeURIComponent(compare[3]!) };
  return null;
}

export function versionHref(arenaId: string, versionId: string): string {
  return `#/version/${encodeURIComponent(arenaId)}/${encodeURIComponent(versionId)}`;
}

export function compareHref(arenaId: string, from: string, to: string): string {
  return `#/compare/${encodeURIComponent(arenaId)}/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
}
