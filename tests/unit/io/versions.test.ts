import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createArena, createPartner, SCHEMA_VERSION, type Arena } from '../../../src/domain/arena';
import { arenaJson } from '../../../src/export/exportArena';
import { decodeArenaFile } from '../../../src/io/json';
import { decodeVersions, MAX_FILE_VERSIONS } from '../../../src/io/versions';
import { versionsOfFile } from '../../../src/app/importVersions';

const at = (s: number) => new Date(Date.UTC(2026, 1, 1) + s * 1000).toISOString();

function arena(title: string, names: string[]): Arena {
  const a = createArena(title, at(0), 'arena-1');
  names.forEach((name, i) => {
    const p = createPartner({ name }, at(i + 1), `p${i}`);
    a.partners[p.id] = { ...p, position: { x: 0, y: 150 + i }, expertise: ['education'] };
  });
  return a;
}

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../fixtures/formats/${name}`, import.meta.url)), 'utf8');

describe('saved versions in the arena file', () => {
  const now = arena('Youth', ['CAW', 'School', 'OCMW']);
  const before = arena('Youth', ['CAW', 'School']);
  const versions = [{ id: 'v1', name: 'after workshop 1', savedAt: at(100), arena: before }];

  it('are written only when asked, after the arena, and come back checked', () => {
    const plain = JSON.parse(arenaJson(now, at(200))) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('versions');
    const text = arenaJson(now, at(200), versions);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file).slice(-2)).toEqual(['arena', 'versions']);

    const decoded = decodeArenaFile(text);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(Object.keys(decoded.arena.partners)).toHaveLength(3);
    const read = decodeVersions(decoded.envelopeExtras.versions);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.versions.map((v) => [v.id, v.name, v.savedAt])).toEqual([['v1', 'after workshop 1', at(100)]]);
    expect(Object.values(read.versions[0]!.arena.partners).map((p) => p.name).sort()).toEqual(['CAW', 'School']);
  });

  it('a file without versions (every older file) has none', () => {
    expect(decodeVersions(undefined)).toEqual({ ok: true, versions: [] });
    for (const name of ['v1.arena.json', 'v2.arena.json', 'v3.arena.json']) {
      const decoded = decodeArenaFile(fixture(name));
      expect(decoded.ok, name).toBe(true);
      if (decoded.ok) expect(decodeVersions(decoded.envelopeExtras.versions), name).toEqual({ ok: true, versions: [] });
    }
  });

  it('a version in an older format is migrated like an old file', () => {
    const old = (JSON.parse(fixture('v2.arena.json')) as { arena: unknown }).arena;
    const read = decodeVersions([{ id: 'x', name: 'old', savedAt: at(1), arena: old }]);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.versions[0]!.arena.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses a bad version with its number and reason', () => {
    const good = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
    const entry = (patch: Record<string, unknown>) => ({ id: 'v', name: 'n', savedAt: at(1), arena: good, ...patch });
    expect(decodeVersions({})).toEqual({ ok: false, error: { code: 'notList' } });
    expect(decodeVersions(Array.from({ length: MAX_FILE_VERSIONS + 1 }, () => 1))).toEqual({ ok: false, error: { code: 'tooMany', max: MAX_FILE_VERSIONS } });
    expect(decodeVersions([entry({}), 'x'])).toEqual({ ok: false, error: { code: 'invalid', n: 2, field: 'entry' } });
    expect(decodeVersions([entry({ name: '  ' })])).toEqual({ ok: false, error: { code: 'invalid', n: 1, field: 'name' } });
    expect(decodeVersions([entry({ savedAt: 'yesterday' })])).toEqual({ ok: false, error: { code: 'invalid', n: 1, field: 'savedAt' } });
    expect(decodeVersions([entry({}), entry({})])).toEqual({ ok: false, error: { code: 'duplicateId', n: 2 } });
    const broken = { ...good, partners: { p0: { ...(good.partners as Record<string, object>).p0, name: '' } } };
    const result = decodeVersions([entry({ name: 'broken one', arena: broken })]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'arena', n: 1, name: 'broken one', error: { code: 'partnerNoName' } });
  });

  it('the import names a bad version in the user’s language (nl and en), and gives good ones new ids under the new arena', () => {
    const bad = [{ id: 'v', name: 'review 2027', savedAt: at(1), arena: { ...before, partners: 'x' } }];
    const en = versionsOfFile(bad, 'new-id', 'en', (e) => `code ${e.code}`);
    expect(en).toEqual({ ok: false, reason: 'saved version 1 (“review 2027”): code arenaField' });
    const nl = versionsOfFile(bad, 'new-id', 'nl', (e) => `code ${e.code}`);
    expect(nl).toEqual({ ok: false, reason: 'bewaarde versie 1 (“review 2027”): code arenaField' });

    const ok = versionsOfFile(JSON.parse(JSON.stringify(versions)), 'new-id', 'en', () => '');
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.versions[0]).toMatchObject({ arenaId: 'new-id', name: 'after workshop 1', savedAt: at(100) });
    expect(ok.versions[0]!.id).not.toBe('v1');
    expect(ok.versions[0]!.arena.id).toBe('new-id');
  });
});
