import * as decoding from 'lib0/decoding';

/** Hocuspocus message types (@hocuspocus/server types.ts MessageType) that carry a Yjs sync message. */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
/** y-protocols/sync: step 2 and update both carry a Yjs update that the server applies. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type DecodedMessage =
  | { kind: 'update'; documentName: string; update: Uint8Array }
  | { kind: 'other'; documentName: string };

/**
 * Reads a Hocuspocus message far enough to find the Yjs update it would apply (sync step 2 or update),
 * before Hocuspocus applies it. Throws on a message that cannot be decoded.
 */
export function decodeMessage(message: Uint8Array): DecodedMessage {
  const decoder = decoding.createDecoder(message);
  const address = decoding.readVarString(decoder);
  // A session-aware provider sends `documentName\0sessionId`.
  const documentName = address.split('\0')[0] ?? address;
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return { kind: 'other', documentName };
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return { kind: 'other', documentName };
  return { kind: 'update', documentName, update: decoding.readVarUint8Array(decoder) };
}
