/**
 * Partners met in other arenas, by normalised name, so the same organisation is tagged the same way
 * across arenas. The most recently changed occurrence wins.
 */
import type { Arena } from './arena';
import { normaliseName } from './arena';
import { isCustomKey, type Attribute } from './vocabularies';
import type { ArenaDigest } from './overlap';

export interface KnownPartner {
  name: string;
  type: string;
  expertise: string[];
  style: string | null;
  perspective: string[];
  /** Labels of the custom tags among the keys above (custom keys belong to their own arena). */
  customLabels: Record<string, { attribute: Attribute; label: string }>;
  /** Titles of the arenas it sits in. */
  arenas: string[];
  updatedAt: string;
}

export function partnerDirectory(arenas: readonly Arena[], excludeArenaId?: string): Map<string, KnownPartner> {
  const out = new Map<string, KnownPartner>();
  for (const arena of arenas) {
    if (arena.id === excludeArenaId) continue;
    for (const p of Object.values(arena.partners)) {
      const key = normaliseName(p.name);
      const seen = out.get(key);
      const arenasList = seen ? [...seen.arenas, arena.title] : [arena.title];
      if (seen && seen.updatedAt >= p.updatedAt) {
        seen.arenas = arenasList;
        continue;
      }
      const customLabels: KnownPartner['customLabels'] = {};
      const note = (attribute: Attribute, k: string) => {
        const tag = isCustomKey(k) ? arena.tags[k] : undefined;
        if (tag) customLabels[k] = { attribute, label: tag.label };
      };
      p.expertise.forEach((k) => note('expertise', k));
      if (p.style) note('style', p.style);
      p.perspective.forEach((k) => note('perspective', k));
      out.set(key, {
        name: p.name,
        type: p.type,
        expertise: [...p.expertise],
        style: p.style,
        perspective: [...p.perspective],
        customLabels,
        arenas: arenasList,
        updatedAt: p.updatedAt,
      });
    }
  }
  return out;
}

/** Known partners whose name starts with, or contains a word starting with, what is typed. */
export function suggest(directory: Map<string, KnownPartner>, typed: string, limit = 5): KnownPartner[] {
  const q = normaliseName(typed);
  if (q.length < 2) return [];
  const hits: [number, KnownPartner][] = [];
  for (const [key, known] of directory) {
    const rank = key === q ? 0 : key.startsWith(q) ? 1 : key.split(' ').some((w) => w.startsWith(q)) ? 2 : key.includes(q) ? 3 : -1;
    if (rank >= 0) hits.push([rank, known]);
  }
  return hits
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name))
    .slice(0, limit)
    .map(([, k]) => k);
}

/**
 * The organisations at the table in the other arenas on this device, from their digests (overlap.ts),
 * keyed by normalised name: enough to tell likely duplicates (duplicates.ts) without loading every arena.
 */
export function knownOrganisations(digests: readonly ArenaDigest[], excludeArenaId?: string): Map<string, { name: string }> {
  const out = new Map<string, { name: string }>();
  for (const digest of digests) {
    if (digest.id === excludeArenaId) continue;
    digest.partners.forEach((key, i) => {
      if (!out.has(key)) out.set(key, { name: digest.written?.[i] ?? key });
    });
  }
  return out;
}
