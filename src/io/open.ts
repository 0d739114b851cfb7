/**
 * Opening a file the user picked or dropped: size first (without reading), then what the bytes are — an
 * arena PNG, some other known binary format (named in the message), or UTF-8 text holding an arena file.
 * Nothing here writes anywhere; the caller decides what to do with the arena.
 */
import type { Arena } from '../domain/arena';
import { importError, type ImportError, type ImportErrorCode } from './errors';
import { decodeArenaFile } from './json';
import { MAX_FILE_BYTES, MAX_FILE_MB } from './limits';
import { extractArenaFromPng, isPng } from './png-chunks';
import { readFileBytes, startsWith, type FileSource } from './fileBytes';

/** What `readArenaFile` needs of a file (fileBytes.ts). */
export type ArenaFileSource = FileSource;

export type OpenResult =
  | { ok: true; arena: Arena; from: number; format: 'json' | 'png'; envelopeExtras: Record<string, unknown> }
  | { ok: false; error: ImportError };

const MAGIC: { code: ImportErrorCode; test: (b: Uint8Array) => boolean }[] = [
  { code: 'isJpeg', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { code: 'isGif', test: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  { code: 'isWebp', test: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]) },
  { code: 'isPdf', test: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { code: 'isZip', test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]) },
];

function fail(code: ImportErrorCode, params?: Record<string, string | number>): OpenResult {
  return { ok: false, error: importError(code, params) };
}

export async function readArenaFile(file: ArenaFileSource): Promise<OpenResult> {
  const read = await readFileBytes(file, MAX_FILE_BYTES);
  if (!read.ok) return read.reason === 'tooLarge' ? fail('tooLarge', { maxMb: MAX_FILE_MB }) : fail(read.reason);
  return readArenaBytes(read.bytes);
}

/** The same, for bytes already in memory. */
export async function readArenaBytes(bytes: Uint8Array): Promise<OpenResult> {
  if (bytes.length > MAX_FILE_BYTES) return fail('tooLarge', { maxMb: MAX_FILE_MB });
  if (bytes.length === 0) return fail('empty');

  if (isPng(bytes)) {
    const extracted = await extractArenaFromPng(bytes);
    if (!extracted.ok) return extracted;
    return withFormat(decodeArenaFile(extracted.text), 'png');
  }
  const other = MAGIC.find((m) => m.test(bytes));
  if (other) return fail(other.code);

  let text: string;
  try {
    // Strips a UTF-8 BOM; refuses anything that is not UTF-8 (UTF-16, Latin-1 with accents, binary).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('notUtf8');
  }
  if (text.trim() === '') return fail('empty');
  return withFormat(decodeArenaFile(text), 'json');
}

function withFormat(result: ReturnType<typeof decodeArenaFile>, format: 'json' | 'png'): OpenResult {
  return result.ok ? { ...result, format } : result;
}
