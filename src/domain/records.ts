/**
 * The one list of the arena's record collections: the keyed sets of records (partners, own tags, accepted
 * warnings, actions, team members, regie instruments, ties between partners). The shared-document mapping (src/sync/doc), the carry-over of list
 * orders after an edit (src/domain/carry.ts, store/carryOrders.ts), the file codec's checks and error codes
 * (src/io/json.ts, src/io/schema.ts RECORD_SCHEMAS) and the counts in messages all read this list, so a new
 * collection is added here once and the compiler names every place that must learn it.
 */
import type { Arena } from './arena';
import type { MessageKey } from '../i18n/en';

export const RECORD_COLLECTIONS = ['partners', 'tags', 'acknowledgements', 'actions', 'team', 'instruments', 'ties'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** A record of a collection: `ArenaRecord<'partners'>` is `Partner`. */
export type ArenaRecord<C extends RecordCollection> = Arena[C][string];

export interface RecordType {
  /** The record's name in the file codec's error codes (`partnerInvalid`, `duplicateTagId` …). */
  kind: 'partner' | 'tag' | 'acknowledgement' | 'action' | 'teamMember' | 'instrument' | 'tie';
  /** Records carry `createdAt`, and every list of them is in creation order (domain/order.ts). */
  byCreation: boolean;
  /** Personal: kept on the device of its owner, put in a shared arena only when the owner chooses to. */
  personal: boolean;
  /** Message key of a count of these records ("{count} partners"); `<noun>.one` says exactly one. */
  noun: MessageKey;
}

export const RECORD_TYPES = {
  partners: { kind: 'partner', byCreation: true, personal: false, noun: 'record.partners' },
  tags: { kind: 'tag', byCreation: false, personal: false, noun: 'record.tags' },
  acknowledgements: { kind: 'acknowledgement', byCreation: false, personal: false, noun: 'record.acknowledgements' },
  actions: { kind: 'action', byCreation: true, personal: false, noun: 'record.actions' },
  team: { kind: 'teamMember', byCreation: true, personal: true, noun: 'record.team' },
  instruments: { kind: 'instrument', byCreation: true, personal: false, noun: 'record.instruments' },
  ties: { kind: 'tie', byCreation: true, personal: false, noun: 'record.ties' },
} as const satisfies Record<RecordCollection, RecordType>;

export type RecordKind = RecordType['kind'];

type Noun = (typeof RECORD_TYPES)[RecordCollection]['noun'];
/** Fails to compile when a collection's count has no text for exactly one record. */
const _singularsExist: `${Noun}.one` extends MessageKey ? true : false = true;

export function isRecordCollection(key: unknown): key is RecordCollection {
  return typeof key === 'string' && Object.hasOwn(RECORD_TYPES, key);
}

/** The message key and its `{count}` for a number of records ("1 partner", "3 actions"). */
export function recordCount(collection: RecordCollection, count: number): { key: MessageKey; params: { count: number } } {
  const noun: Noun = RECORD_TYPES[collection].noun;
  return { key: count === 1 ? (`${noun}.one` satisfies MessageKey) : noun, params: { count } };
}
