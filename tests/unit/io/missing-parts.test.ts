/**
 * A current-format file without one of the arena's parts (an Arena export always has them all; an older
 * file gets the parts of later formats empty by migration): opened through readArenaFile, as the app does, the message
 * names the part in the coordinator's words, in English and Dutch, and keeps the file's key for whoever
 * repairs the file. Importing such a file writes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enIo } from '../../../src/i18n/en.io';
import { nlIo } from '../../../src/i18n/nl.io';
import { en } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n';
import { ARENA_PARTS, importErrorMessage } from '../../../src/io/errors';
import { readArenaFile } from '../../../src/io/open';
import { fileOf, readFixtureText } from './helpers';

const repository = vi.hoisted(() => ({
  addArena: vi.fn(async () => {}),
  allTitles: vi.fn(async () => [] as string[]),
}));
vi.mock('../../../src/persistence/repository', () => repository);
vi.mock('../../../src/app/route', () => ({ arenaHref: (id: string) => `#/arena/${id}`, navigate: vi.fn() }));

/** The frozen format-4 fixture without `arena[part]`. */
function v4Without(part: string): string {
  const file = JSON.parse(readFixtureText('formats/v4.arena.json')) as { arena: Record<string, unknown> };
  delete file.arena[part];
  return JSON.stringify(file, null, 2);
}

async function openWithout(part: string) {
  const result = await readArenaFile(fileOf('network.arena.json', new TextEncoder().encode(v4Without(part))));
  if (result.ok) throw new Error(`a file without ${part} opened`);
  return result.error;
}

const EN_CAUSE = ': it was probably made by another program or edited by hand.';
const NL_CAUSE = ': het werd waarschijnlijk met een ander programma gemaakt of met de hand aangepast.';

describe('a format-4 file without one of its parts', () => {
  it.each([
    ['strategic', 'The file has no strategic question part (strategic)', 'Het bestand bevat geen onderdeel strategische vraag (strategic)'],
    ['governance', 'The file has no network governance part (governance)', 'Het bestand bevat geen onderdeel netwerkbestuur (governance)'],
    ['actions', 'The file has no list of actions (actions)', 'Het bestand bevat geen lijst van acties (actions)'],
    ['team', 'The file has no team roles part (team)', 'Het bestand bevat geen onderdeel teamrollen (team)'],
    ['partners', 'The file has no list of partners (partners)', 'Het bestand bevat geen lijst van partners (partners)'],
    ['acknowledgements', 'The file has no list of warnings accepted on purpose (acknowledgements)', 'Het bestand bevat geen lijst van bewust aanvaarde waarschuwingen (acknowledgements)'],
    ['goal', 'The file has no network goal (goal)', 'Het bestand bevat geen doelstelling (goal)'],
    ['instruments', 'The file has no list of regie instruments (instruments)', 'Het bestand bevat geen lijst van regie-instrumenten (instruments)'],
    ['ties', 'The file has no list of ties between partners (ties)', 'Het bestand bevat geen lijst van banden tussen partners (ties)'],
  ])('without %s: names the part in words, in English and Dutch', async (part, english, dutch) => {
    const error = await openWithout(part);
    expect(error).toEqual({ code: 'arenaMissing', params: { field: part } });
    expect(importErrorMessage(error, enIo)).toBe(english + EN_CAUSE);
    expect(importErrorMessage(error, nlIo)).toBe(dutch + NL_CAUSE);
  });

  // schemaVersion is left out: a missing one is taken from the file's version.
  it.each(ARENA_PARTS.filter((p) => p !== 'schemaVersion'))('without %s: a message in words, never the bare key', async (part) => {
    const error = await openWithout(part);
    expect(error.code).toBe('arenaMissing');
    for (const [table, cause, text] of [
      [enIo, EN_CAUSE, enIo[`io.part.${part}`]],
      [nlIo, NL_CAUSE, nlIo[`io.part.${part}`]],
    ] as const) {
      const message = importErrorMessage(error, table);
      expect(message).toContain(`${text} (${part})`);
      expect(message.endsWith(cause)).toBe(true);
      expect(message).not.toMatch(/\{\w+\}/);
    }
  });

  it('a file without schemaVersion still opens (taken from the file\'s version)', async () => {
    const result = await readArenaFile(fileOf('network.arena.json', new TextEncoder().encode(v4Without('schemaVersion'))));
    expect(result.ok).toBe(true);
  });
});

describe('importing a file without a part', () => {
  afterEach(() => {
    repository.addArena.mockClear();
    repository.allTitles.mockClear();
  });

  it('reports it and writes nothing', async () => {
    const { importArenaFile } = await import('../../../src/app/importFile');
    for (const part of ['strategic', 'governance', 'actions']) {
      const file = new File([v4Without(part)], 'network.arena.json', { type: 'application/json' });
      const outcome = await importArenaFile(file, translator(en), 'en');
      expect(outcome).toEqual({
        ok: false,
        message: `Could not import "network.arena.json": ${importErrorMessage({ code: 'arenaMissing', params: { field: part } }, enIo)}`,
      });
    }
    expect(repository.addArena).not.toHaveBeenCalled();
  });

  it('gives the reason in the language of the app (Dutch here), not always in English', async () => {
    const { importArenaFile } = await import('../../../src/app/importFile');
    const { nl } = await import('../../../src/i18n/nl');
    const file = new File([v4Without('strategic')], 'netwerk.arena.json', { type: 'application/json' });
    const outcome = await importArenaFile(file, translator(nl), 'nl');
    expect(outcome).toEqual({
      ok: false,
      message: `Kon "netwerk.arena.json" niet importeren: Het bestand bevat geen onderdeel strategische vraag (strategic)${NL_CAUSE}`,
    });
    expect(repository.addArena).not.toHaveBeenCalled();
  });

  it('the same import of the complete file does write (so the test above can fail)', async () => {
    const { importArenaFile } = await import('../../../src/app/importFile');
    const file = new File([readFixtureText('formats/v2.arena.json')], 'network.arena.json', { type: 'application/json' });
    const outcome = await importArenaFile(file, translator(en), 'en');
    expect(outcome.ok).toBe(true);
    expect(repository.addArena).toHaveBeenCalledTimes(1);
  });

  it('a full disk during the import is said in plain words, in the app\'s language', async () => {
    const { importArenaFile } = await import('../../../src/app/importFile');
    const { nl } = await import('../../../src/i18n/nl');
    repository.addArena.mockRejectedValueOnce(Object.assign(new Error('QuotaExceededError: the quota has been exceeded'), { name: 'QuotaExceededError' }));
    const file = new File([readFixtureText('formats/v2.arena.json')], 'netwerk.arena.json', { type: 'application/json' });
    const outcome = await importArenaFile(file, translator(nl), 'nl');
    expect(outcome).toEqual({ ok: false, message: 'Kon "netwerk.arena.json" niet importeren: de browser heeft geen ruimte meer voor Arena' });
  });
});
