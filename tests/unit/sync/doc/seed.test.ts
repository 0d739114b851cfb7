import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../../../src/domain/arena';
import { createSharedDoc, isSeeded, seedDoc } from '../../../../src/sync/doc/seed';
import { EDIT_ID, MAIN_EXPERTISE, roots } from '../../../../src/sync/doc/layout';
import { replicaOf, sampleArena } from './helpers';

describe('seedDoc', () => {
  it('writes the whole arena in one transaction, every nested map with its record', () => {
    const ydoc = createSharedDoc();
    const updates: Uint8Array[] = [];
    ydoc.on('update', (u: Uint8Array) => updates.push(u));
    seedDoc(ydoc, sampleArena());
    expect(updates).toHaveLength(1);

    const r = roots(replicaOf(ydoc));
    expect(r.meta.get('format')).toBe(SCHEMA_VERSION);
    expect(r.meta.get('title')).toBe('Kinderarmoede Gent-Noord');
    expect(r.meta.get('newerArenaField')).toBe('kept');
    expect(r.strategic.get('alone')).toBe('no');
    expect(r.governance.get('form')).toBe('lead');
    expect(r.partners.size).toBe(18);
    const ocmw = r.partners.get('ocmw') as Y.Map<unknown>;
    expect((ocmw.get('expertise') as Y.Map<unknown>).toJSON()).toEqual({ poverty: true, 'custom:t1': true, welfare: true });
    expect(ocmw.get(MAIN_EXPERTISE)).toBe('poverty');
    expect(ocmw.get('position')).toEqual(sampleArena().partners.ocmw!.position);
    expect(typeof ocmw.get(EDIT_ID)).toBe('string');
    expect(Object.keys((ocmw.get('resources') as Y.Map<unknown>).toJSON())).toEqual(['ocmw-r0']);
    expect((r.actions.get('huisbezoeken') as Y.Map<unknown>).get('involvement')).toBeInstanceOf(Y.Map);
    expect(r.tags.has('custom:t1')).toBe(true);
    expect(r.acknowledgements.has('oneSidedStyle:care')).toBe(true);
  });

  it('keeps the team roles answers out unless their owner shares them', () => {
    const kept = createSharedDoc();
    seedDoc(kept, sampleArena());
    expect(roots(kept).team.size).toBe(0);
    const shared = createSharedDoc();
    seedDoc(shared, sampleArena(), { share: ['m1'] });
    expect(roots(shared).team.has('m1')).toBe(true);
  });

  it('refuses to seed a document twice, also one that came from another device', () => {
    const ydoc = createSharedDoc();
    expect(isSeeded(ydoc)).toBe(false);
    seedDoc(ydoc, sampleArena());
    expect(() => seedDoc(ydoc, sampleArena())).toThrow(/seeded only once/);
    expect(() => seedDoc(replicaOf(ydoc), sampleArena())).toThrow(/seeded only once/);
  });

  it('gives every record its own edit id', () => {
    const ydoc = createSharedDoc();
    seedDoc(ydoc, sampleArena());
    const ids = [...roots(ydoc).partners.values()].map((m) => (m as Y.Map<unknown>).get(EDIT_ID));
    expect(new Set(ids).size).toBe(18);
  });
});
