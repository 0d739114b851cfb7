/**
 * zlib (RFC 1950) compression through the web's CompressionStream('deflate') — in browsers and Node ≥ 18,
 * no dependency. Inflation stops as soon as the output passes a cap, so a zip bomb cannot fill memory.
 */

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'corrupt' };

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([copy(bytes)]).stream().pipeThrough(new CompressionStream('deflate'));
  const result = await collect(stream, Number.POSITIVE_INFINITY);
  if (!result.ok) throw new Error('Compression failed');
  return result.bytes;
}

export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = new Blob([copy(bytes)]).stream().pipeThrough(new DecompressionStream('deflate'));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return collect(stream, maxBytes);
}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<InflateResult> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'tooLarge' };
      }
      parts.push(value);
    }
  } catch {
    await reader.cancel().catch(() => undefined);
    return { ok: false, reason: 'corrupt' };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return { ok: true, bytes: out };
}

/** A copy backed by a plain ArrayBuffer (what Blob accepts), whatever buffer `bytes` views. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
