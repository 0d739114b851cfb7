/**
 * The one list of the arena's record collections: the keyed sets of records (partners, own tags, accepted
 * warnings, actions, team members). The shared-document mapping (src/sync/doc), the carry-over of list
 * orders after an edit (src/domain/carry.ts), the file codec's checks and its error messages all read
 * this list, so a new collection is added here once and the compiler names every place that must learn it.
 */
import type { Arena } from './arena';

export const RECORD_COLLECTIONS = ['partners', 'tags', 'acknowledgements', 'actions', 'team'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** A record of a collection: `ArenaRecord<'partners'>` is `Partner`. */
export type ArenaRecord<C extends RecordCollection> = Arena[C][string];

export interface RecordType {
  /** The record's name in the file codec's error codes (`partnerInvalid`, `duplicateTagId` …). */
  kind: 'partner' | 'tag' | 'acknowledgement' | 'action' | 'teamMember';
  /** Records carry `createdAt`, and every list of them is in creation order (domain/order.ts). */
  byCreation: boolean;
  /** Personal: kept on the device of its owner, put in a shared arena only when the owner chooses to. */
  personal: boolean;
}

export const RECORD_TYPES = {
  partners: { kind: 'partner', byCreation: true, personal: false },
  tags: { kind: 'tag', byCreation: false, personal: false },
  acknowledgements: { kind: 'acknowledgement', byCreation: false, personal: false },
  actions: { kind: 'action', byCreation: true, personal: false },
  team: { kind: 'teamMember', byCreation: true, personal: true },
} as const satisfies Record<RecordCollection, RecordType>;

export function isRecordCollection(key: unknown): key is RecordCollection {
  return typeof key === 'string' && Object.hasOwn(RECORD_TYPES, key);
}
