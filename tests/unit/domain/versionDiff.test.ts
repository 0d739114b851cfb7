import { describe, expect, it } from 'vitest';
import { createArena, createPartner, type Arena, type ArenaAction, type Partner } from '../../../src/domain/arena';
import { placementOf, ringMidRadius, type Placement, type Point } from '../../../src/domain/rings';
import { EXPERTISE_KEYS, PERSPECTIVE_KEYS, STYLE_KEYS } from '../../../src/domain/vocabularies';
import { applyPartnerChanges, countChanges, diffArenas, diffPartners, isEmptyDiff } from '../../../src/domain/versionDiff';
import { prng } from '../../prng';

const T0 = Date.UTC(2026, 0, 1);
const at = (i: number) => new Date(T0 + i * 1000).toISOString();
const RINGS = ['core', 'complementary', 'context', 'outside'] as const;

function ringPoint(ring: (typeof RINGS)[number], angle: number): Point {
  const r = ringMidRadius(ring);
  return { x: Math.round(Math.cos(angle) * r * 100) / 100, y: Math.round(Math.sin(angle) * r * 100) / 100 };
}

function partner(id: string, i: number, fields: Partial<Partner> = {}): Partner {
  return { ...createPartner({ name: `Partner ${id}` }, at(i), id), ...fields };
}

function arenaWith(partners: Partner[], actions: ArenaAction[] = []): Arena {
  const arena = createArena('Test', at(0), 'arena-1');
  return {
    ...arena,
    goal: 'Fewer early school leavers in 2027',
    partners: Object.fromEntries(partners.map((p) => [p.id, p])),
    actions: Object.fromEntries(actions.map((a) => [a.id, a])),
  };
}

function action(id: string, i: number, involvement: ArenaAction['involvement'] = {}): ArenaAction {
  return { id, title: `Action ${id}`, description: '', involvement, createdAt: at(i), updatedAt: at(i) };
}

/** A small seeded generator: partners on random rings (some only in the list) with random tags. */
function randomPartner(rand: () => number, id: string, i: number): Partner {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const some = <T,>(list: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(list)))];
  return partner(id, i, {
    name: `Org ${id}`,
    position: rand() < 0.15 ? null : ringPoint(pick(RINGS), rand() * 2 * Math.PI),
    expertise: some(EXPERTISE_KEYS, 3),
    style: rand() < 0.3 ? null : pick(STYLE_KEYS),
    perspective: some(PERSPECTIVE_KEYS, 2),
  });
}

function randomArena(rand: () => number): Arena {
  const n = Math.floor(rand() * 14);
  const partners = Array.from({ length: n }, (_, i) => randomPartner(rand, `p${i}`, i + 1));
  const actions = Array.from({ length: Math.floor(rand() * 3) }, (_, i) => action(`a${i}`, i + 1, {}));
  return arenaWith(partners, actions);
}

/** B from A: some partners removed, moved, retagged, renamed, some added; an action removed or added. */
function mutate(rand: () => number, a: Arena): Arena {
  const partners: Partner[] = [];
  let i = 100;
  for (const p of Object.values(a.partners)) {
    const r = rand();
    if (r < 0.15) continue;
    if (r < 0.3) partners.push({ ...p, position: rand() < 0.2 ? null : ringPoint(RINGS[Math.floor(rand() * 4)]!, rand() * 6) });
    else if (r < 0.45) partners.push({ ...p, expertise: [...p.expertise].reverse().concat(rand() < 0.5 ? ['care'] : []).filter((k, j, l) => l.indexOf(k) === j), style: rand() < 0.5 ? null : 'policy' });
    else if (r < 0.55) partners.push({ ...p, name: p.name + ' (new)', notes: 'changed' });
    else partners.push(p);
  }
  const added = Math.floor(rand() * 4);
  for (let k = 0; k < added; k++) partners.push(randomPartner(rand, `n${k}`, i++));
  const actions = Object.values(a.actions).filter(() => rand() > 0.3);
  if (rand() < 0.5) actions.push(action('new-action', 200));
  return { ...a, partners: Object.fromEntries(partners.map((p) => [p.id, p])), actions: Object.fromEntries(actions.map((x) => [x.id, x])) };
}

describe('diffArenas', () => {
  it('names partners who joined, left, changed ring and changed tags', () => {
    const a = arenaWith([
      partner('stay', 1, { position: ringPoint('core', 0), expertise: ['education'] }),
      partner('move', 2, { position: ringPoint('core', 1) }),
      partner('go', 3, { position: ringPoint('context', 2) }),
      partner('tag', 4, { position: ringPoint('complementary', 3), expertise: ['education', 'care'], style: 'care' }),
      partner('place', 5, { position: null }),
    ]);
    const b = arenaWith([
      a.partners.stay!,
      { ...a.partners.move!, position: ringPoint('context', 1) },
      { ...a.partners.tag!, expertise: ['care', 'education', 'sport'], style: null },
      { ...a.partners.place!, position: ringPoint('core', 4) },
      partner('new', 6, { position: ringPoint('complementary', 5) }),
    ]);
    const d = diffArenas(a, b);
    expect(d.joined.map((p) => p.id)).toEqual(['new']);
    expect(d.left.map((p) => p.id)).toEqual(['go']);
    const byId = Object.fromEntries(d.changed.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(['move', 'place', 'tag']);
    expect(byId.move!.ring).toEqual({ from: 'core', to: 'context' });
    expect(byId.place!.ring).toEqual<{ from: Placement; to: Placement }>({ from: 'unplaced', to: 'core' });
    expect(byId.tag!.ring).toBeUndefined();
    expect(byId.tag!.tagsAdded).toEqual([{ attribute: 'expertise', key: 'sport' }]);
    expect(byId.tag!.tagsRemoved).toEqual([{ attribute: 'style', key: 'care' }]);
    expect(byId.tag!.mainChanged).toBe(true);
    expect(countChanges(d)).toEqual({ joined: 1, left: 1, moved: 2, retagged: 1 });
  });

  it('a move inside the same ring changes the partner but not its ring', () => {
    const a = arenaWith([partner('x', 1, { position: ringPoint('core', 0) })]);
    const b = arenaWith([{ ...a.partners.x!, position: ringPoint('core', 2) }]);
    const d = diffPartners(a.partners, b.partners);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]!.ring).toBeUndefined();
    expect(countChanges(diffArenas(a, b)).moved).toBe(0);
  });

  it('findings that appeared and were resolved, by key', () => {
    // Three partners at the table, all education: one-sided expertise. B adds variety and removes it.
    const tabled = (id: string, i: number, expertise: string[]) => partner(id, i, { position: ringPoint('core', i), expertise, style: 'care', perspective: ['user'] });
    const a = arenaWith([tabled('a', 1, ['education']), tabled('b', 2, ['education']), tabled('c', 3, ['education'])]);
    const b = arenaWith([tabled('a', 1, ['education']), tabled('b', 2, ['care']), tabled('c', 3, ['sport'])]);
    const d = diffArenas(a, b);
    expect(d.findingsResolved.map((f) => f.key)).toContain('oneSidedExpertise:education');
    expect(d.findingsAppeared.map((f) => f.key)).not.toContain('oneSidedExpertise:education');
    // The other way round, the same finding appears.
    expect(diffArenas(b, a).findingsAppeared.map((f) => f.key)).toContain('oneSidedExpertise:education');
  });

  it('actions added and closed (removed: actions have no status)', () => {
    const a = arenaWith([], [action('keep', 1), action('done', 2)]);
    const b = arenaWith([], [action('keep', 1), action('fresh', 3)]);
    const d = diffArenas(a, b);
    expect(d.actionsAdded.map((x) => x.id)).toEqual(['fresh']);
    expect(d.actionsClosed.map((x) => x.id)).toEqual(['done']);
  });
});

describe('diffArenas properties (seeded)', () => {
  it('the difference of an arena with itself (or an equal copy) is empty', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const a = randomArena(prng(seed));
      expect(isEmptyDiff(diffArenas(a, a))).toBe(true);
      expect(isEmptyDiff(diffArenas(a, structuredClone(a)))).toBe(true);
    }
  });

  it('applying the reported partner changes to A gives B’s partners', () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const a = randomArena(rand);
      const b = mutate(rand, a);
      const d = diffPartners(a.partners, b.partners);
      if (d.joined.length + d.left.length + d.changed.length > 0) nonEmpty++;
      expect(applyPartnerChanges(a.partners, d)).toEqual(b.partners);
      // A ring change is reported exactly when the placement differs.
      for (const id of Object.keys(b.partners)) {
        if (!a.partners[id]) continue;
        const change = d.changed.find((c) => c.id === id);
        const from = placementOf(a.partners[id]!.position);
        const to = placementOf(b.partners[id]!.position);
        expect(change?.ring).toEqual(from === to ? undefined : { from, to });
      }
    }
    // The generator really changes things (the property is not checked on empty differences only).
    expect(nonEmpty).toBeGreaterThan(250);
  });
});
