import { describe, expect, it } from 'vitest';
import { decodeArenaFile, encodeArenaFile } from '../../../src/io/json';
import { readArenaFile } from '../../../src/io/open';
import { embedArenaInPng } from '../../../src/io/png-chunks';
import { fileOf, readFixture, readFixtureText, tinyPng } from './helpers';

function decodeFixture(name: string) {
  const result = decodeArenaFile(readFixtureText(`formats/${name}`));
  if (!result.ok) throw new Error(`${name} does not decode`);
  return result.arena;
}
const expected = decodeFixture('v1.arena.json');
const expectedV2 = decodeFixture('v2.arena.json');

describe('readArenaFile', () => {
  it('opens a .arena.json file', async () => {
    const result = await readArenaFile(fileOf('v1.arena.json', readFixture('formats/v1.arena.json')));
    expect(result).toEqual({ ok: true, arena: expected, from: 1, format: 'json', envelopeExtras: {} });
  });

  it('opens a format-2 .arena.json file', async () => {
    const result = await readArenaFile(fileOf('v2.arena.json', readFixture('formats/v2.arena.json')));
    expect(result).toEqual({ ok: true, arena: expectedV2, from: 2, format: 'json', envelopeExtras: {} });
  });

  it('opens a file with a UTF-8 byte order mark and CRLF line ends', async () => {
    const text = '\uFEFF' + readFixtureText('formats/v1.arena.json').replace(/\n/g, '\r\n');
    const result = await readArenaFile(fileOf('v1.arena.json', new TextEncoder().encode(text)));
    expect(result.ok && result.arena).toEqual(expected);
  });

  it('opens an arena PNG whatever its name says', async () => {
    for (const arena of [expected, expectedV2]) {
      const png = await embedArenaInPng(tinyPng(), encodeArenaFile(arena, { appVersion: 'x', now: 'y' }));
      const result = await readArenaFile(fileOf('picture.jpg', png));
      expect(result.ok && result.format).toBe('png');
      expect(result.ok && result.arena).toEqual(arena);
    }
  });

  it('writes nothing: the bytes given are left as they were', async () => {
    const bytes = readFixture('formats/v1.arena.json');
    const copy = new Uint8Array(bytes);
    await readArenaFile(fileOf('v1.arena.json', bytes));
    expect(bytes).toEqual(copy);
  });
});
