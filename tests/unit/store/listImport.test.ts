/** A partner list written into the open arena: one commit, so one undo step takes the whole import back. */
import { beforeEach, describe, expect, it } from 'vitest';
import { useDocumentStore } from '../../../src/store/documentStore';
import { createArena, partnersInOrder } from '../../../src/domain/arena';
import { ringOf } from '../../../src/domain/rings';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { listVocabulary, planImport } from '../../../src/io/listImport';
import { writeListImport } from '../../../src/listImport/writeListImport';
import { addPartner } from '../../../src/store/partnerActions';

const s = () => useDocumentStore.getState();
const t = (key: string) => key;

beforeEach(() => {
  s().hydrate(createArena('Open arena', '2026-11-30T12:00:00.000Z', 'open-1'));
});

describe('writeListImport into the open arena', () => {
  it('adds every row and its own tags in one undo step', async () => {
    addPartner({ name: 'Already here' });
    const before = s().doc!;
    const steps = s().history.past.length;
    const table = {
      format: 'csv' as const,
      columns: ['Naam', 'Ring', 'Expertise'],
      hasHeading: true,
      rows: [
        { line: 2, cells: ['Een', 'Kern', 'Welzijn'] },
        { line: 3, cells: ['Twee', 'Context', 'Eigen domein'] },
        { line: 4, cells: ['already HERE', 'Kern', ''] },
      ],
    };
    const plan = planImport(table, ['name', 'ring', 'expertise'], listVocabulary([en, nl]), before, { duplicates: 'skip', ownTags: true });
    const outcome = await writeListImport(plan, 'open', 'list.csv', t);
    expect(outcome).toEqual({ ok: true, added: 2 });
    const after = s().doc!;
    expect(partnersInOrder(after).map((p) => [p.name, p.position && ringOf(p.position)])).toEqual([
      ['Already here', null],
      ['Een', 'core'],
      ['Twee', 'context'],
    ]);
    expect(Object.values(after.tags).map((tag) => tag.label)).toEqual(['Eigen domein']);
    expect(s().history.past.length).toBe(steps + 1);
    s().undo();
    expect(s().doc!.partners).toEqual(before.partners);
    expect(s().doc!.tags).toEqual({});
  });

  it('writes nothing into a read-only arena', async () => {
    s().hydrate(createArena('Elsewhere', '2026-11-30T12:00:00.000Z', 'ro'), { readOnly: true });
    const table = { format: 'csv' as const, columns: ['Naam'], hasHeading: true, rows: [{ line: 2, cells: ['Een'] }] };
    const plan = planImport(table, ['name'], listVocabulary([en, nl]), { partners: {} }, { duplicates: 'skip', ownTags: false });
    const outcome = await writeListImport(plan, 'open', 'list.csv', t);
    expect(outcome.ok).toBe(false);
    expect(s().doc!.partners).toEqual({});
  });
});
