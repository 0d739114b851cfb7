/**
 * A realistic 20-partner arena for the map tests: a Flemish child-poverty network with names of every
 * length, spread over all four rings the way a group places them (evenly round each ring, each ring
 * starting at another angle) and where the editor leaves them (a partner dropped on another is nudged
 * aside). Written as an arena file that the tests import through the home screen.
 */
import { writeFileSync } from 'node:fs';
import { createArena, createPartner } from '../../src/domain/arena';
import { encodeArenaFile } from '../../src/io/json';
import { pointInRing, type Point, type Ring } from '../../src/domain/rings';
import { nudgeAll } from '../../src/domain/nudge';

const RINGS: [Ring, string[], number][] = [
  ['core', ['OCMW Gent', 'Huis van het Kind', 'CAW Oost-Vlaanderen', 'Kind en Gezin', 'Samenlevingsopbouw', 'Basisschool De Regenboog'], -90],
  ['complementary', ['VDAB', 'Jeugdwerk Kras', 'Wijkgezondheidscentrum', 'Sociale huisvestingsmaatschappij', 'Buurtwerk Brugse Poort', 'Vluchtelingenwerk'], -60],
  ['context', ['Politie Gent', 'Stedelijke bibliotheek', 'Mutualiteit', 'Voedselbank', 'Sportdienst'], -120],
  ['outside', ['Provincie Oost-Vlaanderen', 'Rotary Club', 'Kunstacademie'], -30],
];
const EXPERTISE = ['welfare', 'education', 'health', 'housing', 'work', 'family', 'safety', 'poverty'];
const STYLES = ['care', 'community', 'policy', 'knowledge', 'enforcing', 'entrepreneurial'];

/** A node's size in the editor: 200 × 80, and 22 px higher for a name over two lines (about 17 characters). */
const nodeSize = (name: string) => ({ width: 200, height: name.length > 16 ? 102 : 80 });

export const FIXTURE_TITLE = 'Kinderarmoede Gent';
export const FIXTURE_NAMES = RINGS.flatMap(([, names]) => names);

export function twentyPartnerArena(path = 'tests/.output/map-20.arena.json'): string {
  const now = '2026-03-01T10:00:00.000Z';
  const arena = createArena(FIXTURE_TITLE, now);
  arena.goal = 'Halve child poverty in Gent by 2030';
  const drops: { id: string; position: Point; size: { width: number; height: number } }[] = [];
  RINGS.forEach(([ring, names, start]) =>
    names.forEach((name, k) => drops.push({ id: `p${drops.length}`, position: pointInRing(ring, null, ((start + (360 / names.length) * k) * Math.PI) / 180), size: nodeSize(name) })),
  );
  const placed = new Map(nudgeAll(drops, []).map((m) => [m.id, m.position]));
  let i = 0;
  for (const [, names] of RINGS) {
    names.forEach((name) => {
      const p = createPartner({ name }, new Date(Date.parse(now) + i).toISOString(), `p${i}`);
      arena.partners[p.id] = {
        ...p,
        position: placed.get(p.id)!,
        expertise: [EXPERTISE[i % EXPERTISE.length]!],
        style: STYLES[i % STYLES.length]!,
        // Nobody at the table (the first 12) brings the user's view: a warning, shown when presenting.
        perspective: i >= 12 && i % 2 === 0 ? ['user'] : ['provider'],
      };
      i++;
    });
  }
  writeFileSync(path, encodeArenaFile(arena, { appVersion: 'test', now }));
  return path;
}
