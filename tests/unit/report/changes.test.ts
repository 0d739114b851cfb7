/** The report's "what changed since a version" section as data, in English and Dutch. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis';
import { createArena, createPartner, type Arena, type Partner } from '../../../src/domain/arena';
import { ringMidRadius } from '../../../src/domain/rings';
import { diffArenas } from '../../../src/domain/versionDiff';
import { translator } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { reportTranslator } from '../../../src/i18n/useReportT';
import type { ReportInput } from '../../../src/report/sections';
import { REPORT_SECTIONS } from '../../../src/report/ReportSections';
import { buildChanges } from '../../../src/versions/reportChanges';

const at = (s: number) => new Date(Date.UTC(2026, 2, 1) + s * 1000).toISOString();
const core = { x: 0, y: -ringMidRadius('core') };
const context = { x: 0, y: -ringMidRadius('context') };

function partner(id: string, name: string, i: number, fields: Partial<Partner>): Partner {
  return { ...createPartner({ name }, at(i), id), ...fields };
}

function arena(partners: Partner[], actions: Arena['actions'] = {}): Arena {
  const a = createArena('Jeugdwerk', at(0), 'a1');
  return { ...a, partners: Object.fromEntries(partners.map((p) => [p.id, p])), actions };
}

function input(after: Arena, before: Arena | null, language: 'en' | 'nl'): ReportInput {
  return {
    arena: after,
    findings: analyse(after),
    t: reportTranslator(translator(language === 'nl' ? nl : en), language),
    language,
    date: '2 March 2026',
    includeTeam: false,
    changes: before && { since: 'na workshop 1', date: '1 maart 2026', before, diff: diffArenas(before, after) },
  };
}

const before = arena(
  [
    partner('caw', 'CAW', 1, { position: core, expertise: ['care'] }),
    partner('school', 'School', 2, { position: context }),
    partner('gone', 'Sportclub', 3, { position: context }),
  ],
  { old: { id: 'old', title: 'Huiswerkklas', description: '', involvement: {}, createdAt: at(1), updatedAt: at(1) } },
);
const after = arena(
  [
    partner('caw', 'CAW', 1, { position: core, expertise: ['care', 'education'] }),
    partner('school', 'School', 2, { position: core }),
    partner('new', 'Bibliotheek', 4, { position: null }),
  ],
  { fresh: { id: 'fresh', title: 'Zomerschool', description: '', involvement: {}, createdAt: at(5), updatedAt: at(5) } },
);

describe('the report’s changes section', () => {
  it('is left out unless the export dialog names a version', () => {
    expect(buildChanges(input(after, null, 'en'))).toBeNull();
  });

  it('lists who joined, left, changed ring or tags, and the actions, in English', () => {
    const model = buildChanges(input(after, before, 'en'))!;
    expect(model.title).toBe('What changed since “na workshop 1”');
    expect(model.intro).toBe('Compared with the version “na workshop 1” saved on 1 maart 2026: 1 joined · 1 left · 1 changed ring · 1 with other tags.');
    const groups = Object.fromEntries(model.groups.map((g) => [g.heading, g.items]));
    expect(groups.Joined).toEqual(['Bibliotheek — Not on the map']);
    expect(groups.Left).toEqual(['Sportclub — was in Context']);
    expect(groups['Changed ring']).toEqual(['School — Context → Core']);
    expect(groups['Tags changed']).toEqual(['CAW — + Education']);
    expect(groups['Actions added']).toEqual(['Zomerschool']);
    expect(groups['Actions closed (no longer in the arena)']).toEqual(['Huiswerkklas']);
    expect(model.nothing).toBeNull();
  });

  it('speaks Dutch, and says so when nothing changed', () => {
    const model = buildChanges(input(after, before, 'nl'))!;
    expect(model.title).toBe('Wat er veranderd is sinds “na workshop 1”');
    expect(model.groups.map((g) => g.heading)).toContain('Weggegaan');
    const same = buildChanges(input(after, after, 'nl'))!;
    expect(same.groups).toEqual([]);
    expect(same.nothing).toBe('Er is niets veranderd tussen deze twee.');
  });

  it('sits in the report after the composition', () => {
    const ids = REPORT_SECTIONS.map((s) => s.id);
    expect(ids.indexOf('changes')).toBe(ids.indexOf('composition') + 1);
  });
});
