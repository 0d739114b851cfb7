import { describe, expect, it } from 'vitest';
import { pointInRing, type Placement } from '../../../src/domain/rings';
import type { Attribute } from '../../../src/domain/vocabularies';
import { csvCell, partnersToCsv, type CsvLabels } from '../../../src/io/csv';
import { arena, customTag, partner } from './helpers';
import { createInstrument } from '../../../src/domain/instruments';

const labels: CsvLabels = {
  tag: (attribute: Attribute, key: string) => `${attribute}:${key}`,
  placement: (placement: Placement) => placement.toUpperCase(),
};

function rows(csv: string): string[] {
  return csv.slice(1).split('\r\n');
}

describe('partnersToCsv', () => {
  it('starts with a UTF-8 BOM, has a header, CRLF line ends and a final CRLF', () => {
    const csv = partnersToCsv(arena({ partners: [partner('p1', { name: 'Wijkwerk' })] }), labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows(csv)).toEqual(['name,type,ring,expertise,style,perspective,dependency,actions,notes,instruments,ties', 'Wijkwerk,,UNPLACED,,,,,,,,', '']);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('labels rings, tags and custom tags; joins several tags with " | "', () => {
    const a = arena({
      partners: [
        partner('p1', {
          name: 'Housing',
          type: 'municipal service',
          position: pointInRing('core', null),
          expertise: ['housing', 'custom:t1'],
          style: 'policy',
          perspective: ['government', 'custom:gone'],
          notes: 'Leads.',
        }),
      ],
      tags: [customTag('custom:t1', { label: 'Digital inclusion' })],
    });
    expect(rows(partnersToCsv(a, labels))[1]).toBe(
      'Housing,municipal service,CORE,expertise:housing | Digital inclusion,style:policy,perspective:government | perspective:custom:gone,,,Leads.,,',
    );
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and keeps accents and emoji', () => {
    const a = arena({
      partners: [partner('p1', { name: 'Café "De Zon", Noord', notes: 'Line 1\nLine 2\r\nLine 3 — ☕ Zuid-Oost, ĳ' })],
    });
    expect(rows(partnersToCsv(a, labels))[1]).toBe('"Café ""De Zon"", Noord",,UNPLACED,,,,,,"Line 1\nLine 2');
    expect(partnersToCsv(a, labels)).toContain('"Café ""De Zon"", Noord",,UNPLACED,,,,,,"Line 1\nLine 2\r\nLine 3 — ☕ Zuid-Oost, ĳ",,\r\n');
  });

  it('guards against formula injection with a leading apostrophe', () => {
    for (const danger of ['=HYPERLINK("http://evil")', '+31 20 123', '-2+3', '@SUM(A1)', '\tTab', '\rReturn']) {
      const csv = partnersToCsv(arena({ partners: [partner('p1', { name: `x`, notes: danger })] }), labels);
      expect(csv).toContain(csvCell(danger));
      expect(csvCell(danger).replace(/^"/, '').startsWith(`'`)).toBe(true);
    }
    expect(csvCell('=1+1')).toBe(`'=1+1`);
    expect(csvCell('-')).toBe(`'-`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('orders rows like the partner list (by creation, then id)', () => {
    const a = arena({
      partners: [
        partner('b', { name: 'Second', createdAt: '2025-01-02T00:00:00.000Z' }),
        partner('c', { name: 'Third', createdAt: '2025-01-02T00:00:00.000Z' }),
        partner('a', { name: 'First', createdAt: '2025-01-01T00:00:00.000Z' }),
      ],
    });
    expect(rows(partnersToCsv(a, labels)).slice(1, 4).map((r) => r.split(',')[0])).toEqual(['First', 'Second', 'Third']);
  });

  it('takes translated column headers and a semicolon delimiter', () => {
    const a = arena({ partners: [partner('p1', { name: 'A; B', expertise: ['housing', 'work'] })] });
    const csv = partnersToCsv(a, { ...labels, column: (c) => `Col ${c}` }, { delimiter: ';' });
    expect(rows(csv)[0]).toBe('Col name;Col type;Col ring;Col expertise;Col style;Col perspective;Col dependency;Col actions;Col notes;Col instruments;Col ties');
    expect(rows(csv)[1]).toBe('"A; B";;UNPLACED;expertise:housing | expertise:work;;;;;;;');
  });

  it('adds the dependency and the actions a partner takes part in, with its involvement', () => {
    const a = arena({ partners: [partner('p1', { name: 'School' }), partner('p2', { name: 'Library' })] });
    a.partners.p1!.resources = { r1: { id: 'r1', kind: 'access', importance: 4, replaceability: 1, note: '', updatedAt: '2025-01-01T00:00:00.000Z' } };
    a.actions = {
      x: { id: 'x', title: 'Homework club', description: '', involvement: { p1: 'decide', p2: 'inform' }, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    };
    const lines = rows(partnersToCsv(a, { ...labels, dependency: (d) => `dep:${d}`, involvement: (i) => `inv:${i}` }));
    expect(lines[1]).toBe('School,,UNPLACED,,,,dep:high,Homework club (inv:decide),,,');
    expect(lines[2]).toBe('Library,,UNPLACED,,,,,Homework club (inv:inform),,,');
  });

  it('lists a partner\'s instruments and the ties it drew (each tie once, in the row of its "from" partner)', () => {
    const a = arena({ partners: [partner('p1', { name: 'School' }), partner('p2', { name: 'Library', createdAt: '2025-03-15T00:00:00.000Z' })] });
    const at = '2025-04-01T00:00:00.000Z';
    a.instruments = {
      i2: { ...createInstrument('p1', 'Decree', 'juridical', '2025-04-02T00:00:00.000Z', 'i2'), verdict: 'keep' },
      i1: createInstrument('p1', 'Subsidy, 2025', 'market', at, 'i1'),
    };
    a.ties = {
      t1: { id: 't1', from: 'p2', to: 'p1', kind: 'trusts', note: '', createdAt: at, updatedAt: at },
      t2: { id: 't2', from: 'p2', to: 'p1', kind: 'conflict', note: '', createdAt: '2025-04-02T00:00:00.000Z', updatedAt: at },
    };
    const lines = rows(partnersToCsv(a, labels));
    expect(lines[1]).toBe('School,,UNPLACED,,,,,,,"Subsidy, 2025 (market) | Decree (juridical)",');
    expect(lines[2]).toBe('Library,,UNPLACED,,,,,,,,trusts: School | conflict: School');
    const worded = rows(partnersToCsv(a, { ...labels, instrument: (i) => `${i.name}/${i.verdict ?? '-'}`, tie: (tie, other) => `${tie.kind}->${other}` }));
    expect(worded[1]!.endsWith('"Subsidy, 2025/- | Decree/keep",')).toBe(true);
    expect(worded[2]!.endsWith(',trusts->School | conflict->School')).toBe(true);
  });

  it('gives a header only for an empty arena', () => {
    expect(partnersToCsv(arena(), labels)).toBe('\uFEFFname,type,ring,expertise,style,perspective,dependency,actions,notes,instruments,ties\r\n');
  });
});
