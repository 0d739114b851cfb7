/**
 * PNG chunks at the byte level (PNG spec, 3rd edition, §5 and §11.3.3.5), pure functions on Uint8Array.
 *
 * An arena PNG is an ordinary image of the map with one extra `iTXt` chunk, keyword `arena`
 * (ARENA_PNG_KEYWORD), placed just before `IEND`: compression flag 1, method 0 (zlib), empty language tag
 * and translated keyword, and as text the whole `.arena.json` file (UTF-8), zlib-compressed. Image viewers
 * ignore the chunk; Arena reads the arena back from it.
 */
import { ARENA_PNG_KEYWORD, MAX_FILE_BYTES, MAX_FILE_MB } from './limits';
import { deflate, inflate } from './zlib';
import { importError, type ImportError } from './errors';

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type PngErrorCode = 'notPng' | 'pngTruncated' | 'pngCorrupt';
export interface PngError {
  code: PngErrorCode;
  /** Type of the damaged chunk, when known. */
  chunk?: string;
}

export interface PngChunk {
  /** Four ASCII letters, e.g. `IHDR`. */
  type: string;
  /** The chunk's data (a view into the PNG, not a copy). */
  data: Uint8Array;
  /** Offset of the chunk's length field, and of the byte after its CRC. */
  start: number;
  end: number;
}

export type ReadChunksResult = { ok: true; chunks: PngChunk[] } | { ok: false; error: PngError };

// ------------------------------------------------------------------------------------------------ CRC32

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309 / ITU-T V.42, as PNG and zlib use it) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// ------------------------------------------------------------------------------------------- reading

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function readU32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

function isChunkLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/**
 * All chunks from IHDR through IEND, each length and CRC checked. Bytes after IEND are ignored (some tools
 * append data there). A file that stops before IEND is `pngTruncated`; a bad CRC, length or chunk type is
 * `pngCorrupt`.
 */
export function readChunks(bytes: Uint8Array): ReadChunksResult {
  if (!isPng(bytes)) return { ok: false, error: { code: bytes.length < 8 && isPrefixOfSignature(bytes) ? 'pngTruncated' : 'notPng' } };
  const chunks: PngChunk[] = [];
  let offset = 8;
  for (;;) {
    if (offset + 8 > bytes.length) return { ok: false, error: { code: 'pngTruncated' } };
    const length = readU32(bytes, offset);
    const typeBytes = bytes.subarray(offset + 4, offset + 8);
    if (!typeBytes.every(isChunkLetter)) return { ok: false, error: { code: 'pngCorrupt' } };
    const type = String.fromCharCode(...typeBytes);
    if (length > 0x7fffffff) return { ok: false, error: { code: 'pngCorrupt', chunk: type } };
    const end = offset + 12 + length;
    if (end > bytes.length) return { ok: false, error: { code: 'pngTruncated', chunk: type } };
    if (chunks.length === 0 && type !== 'IHDR') return { ok: false, error: { code: 'pngCorrupt', chunk: type } };
    const stored = readU32(bytes, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== stored) {
      return { ok: false, error: { code: 'pngCorrupt', chunk: type } };
    }
    chunks.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length), start: offset, end });
    offset = end;
    if (type === 'IEND') return { ok: true, chunks };
  }
}

function isPrefixOfSignature(bytes: Uint8Array): boolean {
  return bytes.length > 0 && Array.from(bytes).every((b, i) => PNG_SIGNATURE[i] === b);
}

// -------------------------------------------------------------------------------------------- iTXt

export interface ITextChunk {
  keyword: string;
  compressed: boolean;
  languageTag: string;
  translatedKeyword: string;
  /** The text bytes as stored (zlib data when `compressed`). */
  text: Uint8Array;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** The fields of an `iTXt` chunk's data, or null when it is malformed. */
export function parseITXt(data: Uint8Array): ITextChunk | null {
  const k = data.indexOf(0);
  if (k < 1 || k > 79 || k + 3 > data.length) return null;
  const flag = data[k + 1]!;
  const method = data[k + 2]!;
  if (flag > 1 || method !== 0) return null;
  const l = data.indexOf(0, k + 3);
  if (l < 0) return null;
  const t = data.indexOf(0, l + 1);
  if (t < 0) return null;
  return {
    keyword: latin1.decode(data.subarray(0, k)),
    compressed: flag === 1,
    languageTag: latin1.decode(data.subarray(k + 3, l)),
    translatedKeyword: utf8.decode(data.subarray(l + 1, t)),
    text: data.subarray(t + 1),
  };
}

function keywordBytes(keyword: string): Uint8Array {
  const ok =
    keyword.length >= 1 &&
    keyword.length <= 79 &&
    !/^ | $| {2}/.test(keyword) &&
    Array.from(keyword).every((ch) => {
      const c = ch.charCodeAt(0);
      return (c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0xff);
    });
  if (!ok) throw new Error(`Invalid PNG keyword: ${JSON.stringify(keyword)}`);
  return Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function isTextChunkFor(chunk: PngChunk, keyword: string): boolean {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return false;
  const k = chunk.data.indexOf(0);
  return k >= 0 && latin1.decode(chunk.data.subarray(0, k)) === keyword;
}

/**
 * A copy of `png` with an `iTXt` chunk `keyword` holding `bytes` (stored as given: pass `compressed: true`
 * when they are zlib data) inserted before IEND; existing text chunks with that keyword are removed.
 * Throws when `png` is not a valid PNG or the keyword is not a valid PNG keyword.
 */
export function embedText(png: Uint8Array, keyword: string, bytes: Uint8Array, options: { compressed: boolean }): Uint8Array {
  const read = readChunks(png);
  if (!read.ok) throw new Error(`Not a valid PNG (${read.error.code})`);
  const key = keywordBytes(keyword);
  const data = new Uint8Array(key.length + 5 + bytes.length);
  data.set(key, 0);
  // NUL, compression flag, method 0, empty language tag + NUL, empty translated keyword + NUL
  data.set([0, options.compressed ? 1 : 0, 0, 0, 0], key.length);
  data.set(bytes, key.length + 5);
  const chunk = makeChunk('iTXt', data);

  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of read.chunks) {
    if (c.type === 'IEND') parts.push(chunk);
    if (!isTextChunkFor(c, keyword)) parts.push(png.subarray(c.start, c.end));
  }
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export type ExtractTextResult =
  | { ok: true; text: Uint8Array; compressed: boolean }
  | { ok: false; error: PngError | { code: 'pngNoText' | 'pngBadText' } };

/** The (possibly compressed) text of the first `iTXt` chunk with `keyword`. */
export function extractText(png: Uint8Array, keyword: string): ExtractTextResult {
  const read = readChunks(png);
  if (!read.ok) return read;
  const chunk = read.chunks.find((c) => c.type === 'iTXt' && isTextChunkFor(c, keyword));
  if (!chunk) return { ok: false, error: { code: 'pngNoText' } };
  const parsed = parseITXt(chunk.data);
  if (!parsed) return { ok: false, error: { code: 'pngBadText' } };
  return { ok: true, text: parsed.text, compressed: parsed.compressed };
}

// ---------------------------------------------------------------------------------------- the arena

/** `png` with the arena file text embedded (compressed `iTXt`, keyword `arena`). */
export async function embedArenaInPng(png: Uint8Array, jsonText: string): Promise<Uint8Array> {
  const compressed = await deflate(new TextEncoder().encode(jsonText));
  return embedText(png, ARENA_PNG_KEYWORD, compressed, { compressed: true });
}

export type ExtractArenaResult = { ok: true; text: string } | { ok: false; error: ImportError };

/** The arena file text embedded in a PNG, unpacked to at most MAX_FILE_BYTES. */
export async function extractArenaFromPng(png: Uint8Array): Promise<ExtractArenaResult> {
  const found = extractText(png, ARENA_PNG_KEYWORD);
  if (!found.ok) {
    const { code } = found.error;
    if (code === 'pngNoText') return { ok: false, error: importError('pngNoArena') };
    if (code === 'pngBadText') return { ok: false, error: importError('pngArenaCorrupt') };
    const chunk = 'chunk' in found.error ? found.error.chunk : undefined;
    return { ok: false, error: importError(code, chunk ? { chunk } : undefined) };
  }
  let bytes = found.text;
  if (found.compressed) {
    const inflated = await inflate(found.text, MAX_FILE_BYTES);
    if (!inflated.ok) {
      return inflated.reason === 'tooLarge'
        ? { ok: false, error: importError('pngArenaTooLarge', { maxMb: MAX_FILE_MB }) }
        : { ok: false, error: importError('pngArenaCorrupt') };
    }
    bytes = inflated.bytes;
  } else if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, error: importError('pngArenaTooLarge', { maxMb: MAX_FILE_MB }) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, error: importError('pngArenaCorrupt') };
  }
}
