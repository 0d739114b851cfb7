/**
 * The corpus of bad files in tests/fixtures/bad-files/ (plus a few generated here because they are large):
 * each one, opened through readArenaFile, gives its own error code and a message in the user's terms.
 * Most are format 1 (they go through the v1 → v2 migration first); the format-2 ones are the v2 fixture
 * (tests/fixtures/formats/v2.arena.json) with one thing broken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enIo } from '../../../src/i18n/en.io';
import { importErrorMessage, type ImportError } from '../../../src/io/errors';
import { readArenaFile } from '../../../src/io/open';
import { arena, arenaITXt, fileOf, FIXTURES, partner, readFixture, tinyPng } from './helpers';
import { encodeArenaFile } from '../../../src/io/json';

const BAD = path.join(FIXTURES, 'bad-files');

interface Case {
  file: string;
  code: ImportError['code'];
  message: string;
  params?: Record<string, string | number>;
}

const WIJKWERK = 'b7e2d9c4-1f3a-4b6d-a8c0-5e4f3d2c1b09';
const BAKERY = 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6';

const CASES: Case[] = [
  { file: 'empty.arena.json', code: 'empty', message: 'This file is empty.' },
  { file: 'whitespace-only.arena.json', code: 'empty', message: 'This file is empty.' },
  {
    file: 'truncated.arena.json',
    code: 'jsonTruncated',
    params: { line: 19 },
    message: 'The file stops too early (line 19): it was probably cut off while saving, downloading or copying.',
  },
  {
    file: 'syntax-error.arena.json',
    code: 'jsonSyntax',
    params: { line: 3, column: 3 },
    message: 'Line 3, column 3: not valid JSON. The file is damaged or was edited by hand.',
  },
  {
    file: 'trailing-garbage.arena.json',
    code: 'jsonSyntax',
    params: { line: 131, column: 1 },
    message: 'Line 131, column 1: not valid JSON. The file is damaged or was edited by hand.',
  },
  { file: 'plain-text.arena.json', code: 'notJson', message: 'This is not an arena file: it does not contain JSON.' },
  { file: 'html-page.arena.json', code: 'notJson', message: 'This is not an arena file: it does not contain JSON.' },
  { file: 'other-app-package.json', code: 'notArena', message: 'This is a JSON file, but not an arena.' },
  { file: 'other-app-geojson.json', code: 'notArena', message: 'This is a JSON file, but not an arena.' },
  { file: 'top-level-array.json', code: 'notArena', message: 'This is a JSON file, but not an arena.' },
  { file: 'no-arena-data.arena.json', code: 'noArenaData', message: 'This file says it is an arena, but holds no arena data.' },
  {
    file: 'future-version.arena.json',
    code: 'newerVersion',
    params: { version: 7, supported: 4 },
    message:
      'This file was made by a newer version of Arena (version 7); this app reads up to version 4. Update Arena to open it.',
  },
  { file: 'version-as-text.arena.json', code: 'badVersion', message: 'This arena file has no valid version number.' },
  {
    file: 'version-mismatch.arena.json',
    code: 'versionMismatch',
    params: { fileVersion: 1, arenaVersion: '0' },
    message: 'This arena file contradicts itself: the file says version 1, the arena in it says 0.',
  },
  {
    file: 'partners-as-list.arena.json',
    code: 'arenaField',
    params: { field: 'partners', expected: 'records' },
    message: "The arena’s partners must be a set of records (a JSON object).",
  },
  {
    file: 'missing-title.arena.json',
    code: 'arenaMissing',
    params: { field: 'title' },
    message: 'The file has no arena title (title): it was probably made by another program or edited by hand.',
  },
  {
    file: 'title-too-long.arena.json',
    code: 'arenaTooLong',
    params: { field: 'title', max: 2000 },
    message: "The arena’s title is longer than 2000 characters.",
  },
  { file: 'partner-without-name.arena.json', code: 'partnerNoName', params: { n: 2 }, message: 'Partner 2 has no name.' },
  { file: 'partner-blank-name.arena.json', code: 'partnerNoName', params: { n: 4 }, message: 'Partner 4 has no name.' },
  {
    file: 'partner-expertise-not-list.arena.json',
    code: 'partnerField',
    params: { n: 3, field: 'expertise', expected: 'tagList' },
    message: 'Partner 3: expertise must be a list of tag keys.',
  },
  {
    file: 'partner-position-as-list.arena.json',
    code: 'partnerField',
    params: { n: 1, field: 'position', expected: 'pointOrEmpty' },
    message: 'Partner 1: position must be a point {x, y} or null.',
  },
  {
    file: 'partner-missing-updated-at.arena.json',
    code: 'partnerMissing',
    params: { n: 5, field: 'updatedAt' },
    message: 'Partner 5 has no updatedAt.',
  },
  {
    file: 'tag-bad-attribute.arena.json',
    code: 'tagField',
    params: { n: 2, field: 'attribute', expected: 'attribute' },
    message: 'Custom tag 2: attribute must be expertise, style or perspective.',
  },
  {
    file: 'partner-id-mismatch.arena.json',
    code: 'partnerIdMismatch',
    params: { n: 1, key: 'a3c1f0e2-6d4b-4c8e-8f1a-0b9d7e6c5a41', id: 'not-the-key' },
    message: 'Partner 1 is stored under "a3c1f0e2-6d4b-4c8e-8f1a-0b9d7e6c5a41", but its id is "not-the-key".',
  },
  {
    file: 'duplicate-partner-id.arena.json',
    code: 'duplicatePartnerId',
    params: { id: WIJKWERK },
    message: `Two partners share the id "${WIJKWERK}".`,
  },
  {
    file: 'duplicate-partner-key.arena.json',
    code: 'duplicatePartnerId',
    params: { id: WIJKWERK },
    message: `Two partners share the id "${WIJKWERK}".`,
  },
  {
    file: 'duplicate-field.arena.json',
    code: 'duplicateKey',
    params: { key: 'name', line: 98 },
    message: 'Line 98: the field "name" appears twice in the same place.',
  },
  {
    file: 'proto-key.arena.json',
    code: 'forbiddenKey',
    params: { key: '__proto__', line: 18 },
    message: 'This file contains a field named "__proto__", which an arena file may not contain.',
  },
  {
    file: 'constructor-key.arena.json',
    code: 'forbiddenKey',
    params: { key: 'constructor', line: 129 },
    message: 'This file contains a field named "constructor", which an arena file may not contain.',
  },
  {
    file: 'deep-extra-field.arena.json',
    code: 'tooDeep',
    params: { max: 64 },
    message: 'This file is nested more than 64 levels deep, which an arena file never is.',
  },
  { file: 'photo.arena.json', code: 'isJpeg', message: 'This is a JPEG image, not an arena file.' },
  { file: 'scan.arena.json', code: 'isPdf', message: 'This is a PDF document, not an arena file.' },
  { file: 'partners.xlsx', code: 'isZip', message: 'This is a ZIP archive (or an Office document), not an arena file.' },
  { file: 'latin1.arena.json', code: 'notUtf8', message: 'This file is not UTF-8 text, so it is not an arena file.' },
  { file: 'utf16.arena.json', code: 'notUtf8', message: 'This file is not UTF-8 text, so it is not an arena file.' },
  {
    file: 'png-cut-in-half.arena.png',
    code: 'pngTruncated',
    message: 'This image is incomplete: it was cut off, perhaps during a download or copy.',
  },
  {
    file: 'png-bad-crc.arena.png',
    code: 'pngCorrupt',
    params: { chunk: 'IDAT' },
    message: 'This image is damaged (a checksum does not match), so the arena in it cannot be trusted.',
  },
  { file: 'png-without-arena.png', code: 'pngNoArena', message: 'This image holds no arena.' },
  { file: 'png-arena-damaged.arena.png', code: 'pngArenaCorrupt', message: 'The arena inside this image is damaged.' },
  {
    file: 'png-newer-arena.arena.png',
    code: 'newerVersion',
    params: { version: 7, supported: 4 },
    message:
      'This file was made by a newer version of Arena (version 7); this app reads up to version 4. Update Arena to open it.',
  },
  // format 2
  {
    file: 'newer-v5.arena.json',
    code: 'newerVersion',
    params: { version: 5, supported: 4 },
    message:
      'This file was made by a newer version of Arena (version 5); this app reads up to version 4. Update Arena to open it.',
  },
  {
    file: 'resource-importance-7.arena.json',
    code: 'resourceField',
    params: { n: 3, m: 1, field: 'importance', expected: 'score' },
    message: 'Partner 3, resource 1: importance must be a whole number from 1 to 4.',
  },
  {
    file: 'resource-unknown-kind.arena.json',
    code: 'resourceField',
    params: { n: 1, m: 2, field: 'kind', expected: 'resourceKind' },
    message: 'Partner 1, resource 2: kind must be money, knowledge, access, mandate, premises or staff.',
  },
  {
    file: 'partner-far-off-map.arena.json',
    code: 'partnerOffMap',
    params: { n: 1, name: 'Municipal housing department', max: 5000 },
    message: 'Partner 1 ("Municipal housing department") is placed far outside the map (more than 5000 from the goal): the file was probably edited by hand or made by another program.',
  },
  {
    file: 'partner-unknown-tag.arena.json',
    code: 'partnerUnknownTag',
    params: { n: 1, name: 'Municipal housing department', key: 'liveability', attribute: 'expertise' },
    message:
      'Partner 1 ("Municipal housing department") has a tag Arena does not know under expertise ("liveability"): neither one of Arena’s own nor one of this arena’s own tags. Add it as an own tag in the file’s "tags" part, or remove it.',
  },
  {
    file: 'action-names-missing-partner.arena.json',
    code: 'actionUnknownPartner',
    params: { n: 2, id: BAKERY },
    message: `Action 2 names a partner that is not in this arena (id "${BAKERY}").`,
  },
  { file: 'action-without-title.arena.json', code: 'actionNoTitle', params: { n: 1 }, message: 'Action 1 has no title.' },
  { file: 'team-member-blank-name.arena.json', code: 'teamMemberNoName', params: { n: 2 }, message: 'Team member 2 has no name.' },
  {
    file: 'team-answer-out-of-range.arena.json',
    code: 'teamMemberField',
    params: { n: 1, field: 'answers', expected: 'answers' },
    message: 'Team member 1: answers must be a set of statement ids, each with a whole number from 1 to 5.',
  },
  {
    file: 'governance-unknown-form.arena.json',
    code: 'governanceField',
    params: { field: 'form', expected: 'governanceForm' },
    message: 'The governance form must be shared, lead, nao or null.',
  },
];

async function open(file: string) {
  return readArenaFile(fileOf(file, readFixture(path.join('bad-files', file))));
}

describe('bad files', () => {
  it('the corpus covers every committed bad file, and there are at least 15', () => {
    const committed = fs.readdirSync(BAD).sort();
    expect(committed).toEqual(CASES.map((c) => c.file).sort());
    expect(committed.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('$file → $code', async ({ file, code, params, message }) => {
    const result = await open(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (params) expect(result.error.params).toEqual(params);
    expect(importErrorMessage(result.error, enIo)).toBe(message);
  });
});

describe('bad files generated in the test', () => {
  it('10 MB of "[" is refused as too deep, quickly and without a stack overflow', async () => {
    const bytes = new TextEncoder().encode('['.repeat(10 * 1024 * 1024));
    const started = performance.now();
    const result = await readArenaFile(fileOf('deep.arena.json', bytes));
    expect(result).toEqual({ ok: false, error: { code: 'tooDeep', params: { max: 64 } } });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('10 MB of nested objects is refused as too deep', async () => {
    const text = '{"a":'.repeat(2 * 1024 * 1024);
    const result = await readArenaFile(fileOf('deep.arena.json', new TextEncoder().encode(text)));
    expect(result.ok || result.error.code).toBe('tooDeep');
  });

  it('a file over 20 MB is refused from its size alone, without reading it', async () => {
    const file = fileOf('huge.arena.json', new Uint8Array(0), 20 * 1024 * 1024 + 1);
    const result = await readArenaFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'tooLarge', params: { maxMb: 20 } });
    expect(importErrorMessage(result.error, enIo)).toBe('This file is larger than 20 MB, too large to be an arena file.');
    expect(file.reads).toBe(0);
  });

  it('a file of exactly 20 MB is read', async () => {
    const file = fileOf('big.arena.json', new Uint8Array(0), 20 * 1024 * 1024);
    const result = await readArenaFile(file);
    expect(file.reads).toBe(1);
    expect(result.ok || result.error.code).toBe('empty');
  });

  it('a file that claims a small size but holds more than 20 MB is refused after reading', async () => {
    const file = fileOf('liar.arena.json', new Uint8Array(20 * 1024 * 1024 + 1), 10);
    const result = await readArenaFile(file);
    expect(result.ok || result.error.code).toBe('tooLarge');
  });

  it('a file that cannot be read gives readFailed', async () => {
    const result = await readArenaFile({
      name: 'gone.arena.json',
      size: 10,
      bytes: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(result).toEqual({ ok: false, error: { code: 'readFailed' } });
    if (!result.ok) expect(importErrorMessage(result.error, enIo)).toBe('The file could not be read. It may have been moved or deleted.');
  });

  it('more than 10,000 partners is refused', async () => {
    const partners = Array.from({ length: 10_001 }, (_, i) => partner(`p${i}`));
    const text = encodeArenaFile(arena({ partners }), { appVersion: 'test', now: '2025-01-01T00:00:00.000Z' });
    const result = await readArenaFile(fileOf('crowd.arena.json', new TextEncoder().encode(text)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'tooManyPartners', params: { count: 10_001, max: 10_000 } });
    expect(importErrorMessage(result.error, enIo)).toBe('This arena has 10001 partners; at most 10000 are allowed.');
  });

  it('exactly 10,000 partners open', async () => {
    const partners = Array.from({ length: 10_000 }, (_, i) => partner(`p${i}`));
    const text = encodeArenaFile(arena({ partners }), { appVersion: 'test', now: '2025-01-01T00:00:00.000Z' });
    const result = await readArenaFile(fileOf('crowd.arena.json', new TextEncoder().encode(text)));
    expect(result.ok && Object.keys(result.arena.partners).length).toBe(10_000);
  });

  it('a zip bomb in a PNG (30 MB of zeros in a few kB) is stopped at 20 MB', async () => {
    const png = tinyPng([arenaITXt(new Uint8Array(30 * 1024 * 1024), true)]);
    expect(png.length).toBeLessThan(100_000);
    const result = await readArenaFile(fileOf('bomb.arena.png', png));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'pngArenaTooLarge', params: { maxMb: 20 } });
    expect(importErrorMessage(result.error, enIo)).toBe('The arena inside this image is larger than 20 MB.');
  });

  it('GIF and WebP images are named', async () => {
    const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
    const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), 0, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]);
    expect(await readArenaFile(fileOf('a.gif', gif))).toEqual({ ok: false, error: { code: 'isGif' } });
    expect(await readArenaFile(fileOf('a.webp', webp))).toEqual({ ok: false, error: { code: 'isWebp' } });
  });
});
