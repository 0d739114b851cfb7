/**
 * The sync server's check of what a client sends, so a buggy or hostile client cannot poison the stored
 * document for everyone. It keeps a shadow copy of the room's document, applies each update to it, and
 * checks only what the update touched, with the same record checks as every client's read (decode.ts):
 * a record that would be unreadable, a record removed without a tombstone, a field of the arena, the
 * strategic question or the governance that is not valid, a bookkeeping value of the wrong kind, a
 * document newer than this code, or a root type the layout does not have. Pure TypeScript, for Node and
 * the browser.
 *
 * On `ok: false` the shadow may already hold the refused update: the server refuses the connection (the
 * client starts over) and calls `reset` with the real document's state.
 *
 * With a participant's context (a live workshop, workshop.ts) the update must also keep to what the
 * facilitator allows: when the map is locked, no change at all; in mode `add`, only new partners that carry
 * the participant's own id in `addedBy`; in mode `own`, also changes (and tombstones) of the partners it
 * added; in mode `all`, anything but the `workshop` map. An update that does not change the document (the
 * sync handshake of a client that has nothing new) is always accepted. A participant's update that the
 * shadow cannot apply in full (it depends on changes the server does not have) is refused: applied later,
 * with someone else's update, it would escape these rules.
 */
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../domain/arena';
import { isRecordCollection } from '../../domain/records';
import { clip } from '../../io/errors';
import { decodeRecord, isFormat, isKnownMetaField, isKnownPartField, metaFieldOk, partFieldOk } from './decode';
import { FORMAT, GOVERNANCE, META, MIGRATIONS, STRATEGIC, WORKSHOP, placeOf, roots, type AnyType, type Part, type Roots } from './layout';
import { workshopFieldOk, type WorkshopMode } from './workshop';

/**
 * Why an update was refused: its content is not valid (absent), or the participant who sent it may not
 * make that change (`not-allowed`), or the facilitator locked the map (`locked`).
 */
export type Refusal = 'not-allowed' | 'locked';

export type CheckResult = { ok: true } | { ok: false; reason: string; refusal?: Refusal };

/** Who sent the update (the sync server's connection). */
export type UpdateContext =
  /** The edit link: anything valid. */
  | { role: 'edit' }
  /** A participant link: what the room's workshop mode allows, nothing while it is locked. */
  | { role: 'participant'; participantId: string; mode: WorkshopMode; locked: boolean };

const EDIT: UpdateContext = { role: 'edit' };
type Participant = Extract<UpdateContext, { role: 'participant' }>;

/** The partners before a participant's update: which keys existed, and who added each (mode `own`). */
interface PartnersBefore {
  keys: ReadonlySet<string>;
  owners: ReadonlyMap<string, string>;
}

export interface UpdateCheckOptions {
  /** The newest document format accepted (default SCHEMA_VERSION). */
  supportedFormat?: number;
}

export class UpdateChecker {
  private shadow!: Y.Doc;
  private r!: Roots;
  private names!: Map<AnyType, string>;
  private readonly supported: number;

  constructor(state: Uint8Array, options: UpdateCheckOptions = {}) {
    this.supported = options.supportedFormat ?? SCHEMA_VERSION;
    this.reset(state);
  }

  /** Starts again from `state` (the real document, e.g. after a refused update). */
  reset(state: Uint8Array): void {
    this.shadow?.destroy();
    this.shadow = new Y.Doc();
    this.r = roots(this.shadow);
    this.names = new Map(Object.entries(this.r).map(([name, type]) => [type as AnyType, name]));
    if (state.length > 0) Y.applyUpdate(this.shadow, state);
  }

  /** Applies `update` to the shadow and checks what it touched, and (`context`) whether its sender may. */
  check(update: Uint8Array, context: UpdateContext = EDIT): CheckResult {
    const participant = context.role === 'participant' ? context : null;
    const before = participant && participant.mode !== 'all' ? this.partnersBefore(participant.mode) : null;
    const store = this.shadow.store;
    const pendingBefore = [store.pendingStructs?.update ?? null, store.pendingDs];
    const touched = new Map<string, Set<string | null>>();
    let unknownRoot: string | null = null;
    const onTransaction = (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        const { root, key } = placeOf(type);
        const name = this.names.get(root);
        if (name === undefined) {
          unknownRoot ??= this.rootNameOf(root);
          continue;
        }
        let set = touched.get(name);
        if (!set) touched.set(name, (set = new Set()));
        if (root === type) for (const k of keys) set.add(k);
        else set.add(key);
      }
    };
    this.shadow.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      return { ok: false, reason: 'the update could not be decoded' };
    } finally {
      this.shadow.off('afterTransaction', onTransaction);
    }
    if (participant) {
      const pending = (store.pendingStructs?.update ?? null) !== pendingBefore[0] || store.pendingDs !== pendingBefore[1];
      const refused = this.participantProblem(participant, touched, unknownRoot !== null, pending, before);
      if (refused) return refused;
    }
    if (unknownRoot !== null) return { ok: false, reason: `writes to ${clip(unknownRoot)}, which is not part of an arena` };
    for (const [name, keys] of touched) {
      const problem = this.problemIn(name, keys);
      if (problem) return { ok: false, reason: problem };
    }
    return { ok: true };
  }

  /** Frees the shadow document. */
  destroy(): void {
    this.shadow.destroy();
  }

  private partnersBefore(mode: WorkshopMode): PartnersBefore {
    const partners = this.r.partners;
    // Keys of deleted entries too: a partner removed outright still existed.
    const keys = new Set(partners._map.keys());
    const owners = new Map<string, string>();
    if (mode === 'own') {
      for (const key of keys) {
        const owner = ownerOf(partners.get(key));
        if (owner !== undefined) owners.set(key, owner);
      }
    }
    return { keys, owners };
  }

  /** What the participant may not do in this update (touched: what it changed), or null. */
  private participantProblem(
    who: Participant,
    touched: ReadonlyMap<string, ReadonlySet<string | null>>,
    unknownRoot: boolean,
    pending: boolean,
    before: PartnersBefore | null,
  ): CheckResult | null {
    // Nothing changed: the sync handshake of a client with nothing new, or what the server already has.
    if (touched.size === 0 && !unknownRoot && !pending) return null;
    if (who.locked) return { ok: false, refusal: 'locked', reason: 'the facilitator locked the map' };
    const notAllowed = (reason: string): CheckResult => ({ ok: false, refusal: 'not-allowed', reason });
    if (pending) return notAllowed('the update depends on changes the server does not have');
    if (touched.has(WORKSHOP)) return notAllowed(`${WORKSHOP}: only the facilitator sets the workshop`);
    if (who.mode === 'all' || !before) return null;
    for (const [name, keys] of touched) {
      if (name !== 'partners') return notAllowed(`${name}: in mode ${who.mode} a participant changes partners only`);
      for (const key of keys) {
        // A list entry in the map: invalid content, reported as such by the content check.
        if (key === null) continue;
        const owner = ownerOf(this.r.partners.get(key));
        if (!before.keys.has(key)) {
          if (owner !== who.participantId) return notAllowed(`partners/${clip(key)}: a new partner carries its participant's id in addedBy`);
        } else if (who.mode === 'add') {
          return notAllowed(`partners/${clip(key)}: in mode add a participant adds partners only`);
        } else if (before.owners.get(key) !== who.participantId || owner !== who.participantId) {
          return notAllowed(`partners/${clip(key)}: in mode own a participant changes only the partners it added`);
        }
      }
    }
    return null;
  }

  private problemIn(name: string, keys: ReadonlySet<string | null>): string | null {
    if (keys.has(null)) return `${name}: a list entry in a map of named entries`;
    const map = this.r[name as keyof Roots];
    for (const key of keys as ReadonlySet<string>) {
      const value = map.get(key);
      if (isRecordCollection(name)) {
        const read = decodeRecord(name, key, value);
        if (read.state === 'invalid') return `${name}/${clip(key)}: ${read.reason}`;
        if (read.state === 'gone' && !map.has(key)) return `${name}/${clip(key)}: removed without a tombstone`;
      } else if (name === META) {
        if (value === undefined ? isKnownMetaField(key) : !metaFieldOk(key, value)) return `${META}.${clip(key)}: not a valid value`;
        if (key === FORMAT && isFormat(value) && value > this.supported) return `${META}.${FORMAT}: format ${value} is newer than this server reads (${this.supported})`;
      } else if (name === MIGRATIONS) {
        if (!isFormat(value)) return `${MIGRATIONS}.${clip(key)}: not a format number`;
        if (value > this.supported) return `${MIGRATIONS}.${clip(key)}: format ${value} is newer than this server reads (${this.supported})`;
      } else if (name === STRATEGIC || name === GOVERNANCE) {
        const part = name as Part;
        if (value === undefined ? isKnownPartField(part, key) : !partFieldOk(part, key, value)) return `${name}.${clip(key)}: not a valid value`;
      } else if (name === WORKSHOP) {
        if (value !== undefined && !workshopFieldOk(key, value)) return `${WORKSHOP}.${clip(key)}: not a valid value`;
      }
    }
    return null;
  }

  private rootNameOf(root: AnyType): string {
    for (const [name, type] of this.shadow.share) if (type === root) return name;
    return 'an unnamed type';
  }
}


/** The participant id in a partner record's `addedBy`, if it has one. */
function ownerOf(record: unknown): string | undefined {
  if (!(record instanceof Y.Map)) return undefined;
  const addedBy = record.get('addedBy') as unknown;
  if (typeof addedBy !== 'object' || addedBy === null) return undefined;
  const id = (addedBy as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
