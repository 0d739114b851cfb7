/**
 * Reading a chosen or dropped file's bytes, for every importer (arena files, partner lists): the size is
 * checked from the file system first, so a file far too large is never read into memory.
 */

/** What a reader needs of a file; a browser `File` fits (or wrap one: `bytes: async () => new Uint8Array(await f.arrayBuffer())`). */
export interface FileSource {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'empty' | 'readFailed' };

export async function readFileBytes(file: FileSource, maxBytes: number): Promise<FileBytes> {
  if (file.size > maxBytes) return { ok: false, reason: 'tooLarge' };
  if (file.size === 0) return { ok: false, reason: 'empty' };
  try {
    return { ok: true, bytes: await file.bytes() };
  } catch {
    return { ok: false, reason: 'readFailed' };
  }
}

/** Whether `bytes` begin with `prefix` (a file format's magic number). */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
