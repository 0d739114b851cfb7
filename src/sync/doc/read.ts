/**
 * The shared document as an Arena, the same on every replica: each record checked like file import
 * (decode.ts), invalid ones left out and counted, tombstones applied (a record edited after the deletion
 * it lost to is kept and reported), and what a merge can break derived again the same way everywhere:
 * involvement entries of partners that are gone are dropped, and so are the instruments of a partner that is
 * gone and the ties that name one (or tie a partner to itself); tag keys the arena does not know are dropped
 * (the main expertise falls back to the first remaining key), partners whose names collide are reported,
 * never renamed.
 *
 * `createArenaReader` reads incrementally: it watches every transaction of the document (`transaction.changed`
 * names the record each change is in) and the next `read` decodes only those records. Every record,
 * collection and part that did not change is the very object of the previous read, so React Flow and the
 * memoised selectors skip it, and the list order and the partners' analysis facts are carried to the new
 * version (domain/carry.ts) in time linear in the records, without enumerating or re-reading them.
 */
import type * as Y from 'yjs';
import { SCHEMA_VERSION, emptyGovernance, emptyStrategic, normaliseName, type Arena, type TeamMember } from '../../domain/arena';
import { byCreation } from '../../domain/order';
import { carryCollection } from '../../domain/carry';
import { RECORD_COLLECTIONS, type ArenaRecord, type RecordCollection } from '../../domain/records';
import { DEFAULT_KEYS, type Attribute } from '../../domain/vocabularies';
import { decodeMeta, decodePart, decodeRecord, deepFreeze, equalJson, type RecordRead } from './decode';
import { GOVERNANCE, META, MIGRATIONS, PARTS, STRATEGIC, WORKSHOP, placeOf, roots, type AnyType, type Part, type Roots } from './layout';
import { decodeWorkshop, type WorkshopView } from './workshop';

/** A part of the shared document that something unreadable can be counted in. */
export type SharedPart = RecordCollection | typeof META | Part;

export interface ReadLocal {
  /**
   * This device's own team members: the roles self-check is personal and stays out of the shared document
   * unless its owner shares it. A member that is also in the document is read from the document.
   */
  team?: Readonly<Record<string, TeamMember>>;
  /** The arena's id, for a document that has none readable yet. */
  id?: string;
}

export interface ReadOptions {
  /** The newest document format this code reads (default SCHEMA_VERSION); a newer document reads `tooNew`. */
  supportedFormat?: number;
}

export interface ArenaRead {
  arena: Arena;
  /** How many records (or fields of `meta`, `strategic`, `governance`) could not be read and were left out. */
  rejected: Partial<Record<SharedPart, number>>;
  /** Partners that were deleted on one device while they were edited on another, and are kept (creation order). */
  revived: string[];
  /** The same for every collection (partners included). */
  revivedRecords: Partial<Record<RecordCollection, string[]>>;
  /** Groups of partners (ids, creation order) whose names are the same but for case, accents and spacing. */
  collisions: string[][];
  /** The document's format (0: nothing received yet). */
  format: number;
  /** The document is newer than this code: show it read-only and say why. */
  tooNew: boolean;
  /** The document holds an arena (false for a device that joined and has not received it yet). */
  seeded: boolean;
  /** The live workshop as the facilitator set it (the `workshop` map; defaults when it holds nothing). */
  workshop: WorkshopView;
}

export interface ArenaReader {
  /** The arena as the document holds it now; the same result object when nothing changed since the last read. */
  read(local?: ReadLocal): ArenaRead;
  /** Stops watching the document. */
  dispose(): void;
}

type AnyRecord = ArenaRecord<RecordCollection>;
type Collection = Readonly<Record<string, AnyRecord>>;

interface Entry {
  read: RecordRead;
  /** The record after the arena-level rules (tags known, involvement of present partners); null when left out. */
  final: AnyRecord | null;
}

const EPOCH = new Date(0).toISOString();

/** One read of the whole document (the incremental reader, used once). */
export function readArena(ydoc: Y.Doc, local: ReadLocal = {}, options: ReadOptions = {}): ArenaRead {
  const reader = createArenaReader(ydoc, options);
  try {
    return reader.read(local);
  } finally {
    reader.dispose();
  }
}

export function createArenaReader(ydoc: Y.Doc, options: ReadOptions = {}): ArenaReader {
  const supported = options.supportedFormat ?? SCHEMA_VERSION;
  const r: Roots = roots(ydoc);
  const rootName = new Map<AnyType, keyof Roots>(Object.entries(r).map(([name, type]) => [type, name as keyof Roots]));

  // What changed since the last read, from the transactions of the document.
  const dirty = Object.fromEntries(RECORD_COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<RecordCollection, Set<string>>;
  let metaDirty = true;
  let workshopDirty = true;
  const partsDirty = new Set<Part>(PARTS);
  let first = true;

  const onTransaction = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      const name = rootName.get(placeOf(type).root);
      if (name === undefined) continue;
      if (name === META || name === MIGRATIONS) metaDirty = true;
      else if (name === STRATEGIC || name === GOVERNANCE) partsDirty.add(name);
      else if (name === WORKSHOP) workshopDirty = true;
      else {
        const { key } = placeOf(type);
        if (key !== null) dirty[name].add(key);
        else for (const k of keys) if (k !== null) dirty[name].add(k);
      }
    }
  };
  ydoc.on('afterTransaction', onTransaction);

  // The state of the last read.
  const entries = Object.fromEntries(RECORD_COLLECTIONS.map((c) => [c, new Map<string, Entry>()])) as Record<RecordCollection, Map<string, Entry>>;
  const objects = Object.fromEntries(RECORD_COLLECTIONS.map((c) => [c, Object.freeze({})])) as Record<RecordCollection, Collection>;
  let sharedTeam: Collection = Object.freeze({});
  let localTeam: Readonly<Record<string, TeamMember>> | undefined;
  let meta = decodeMeta(r.meta, r.migrations);
  let strategic = decodePart('strategic', r.strategic, emptyStrategic(EPOCH));
  let governance = decodePart('governance', r.governance, emptyGovernance(EPOCH));
  let workshop = decodeWorkshop(r.workshop);
  /** Normalised name → ids of the partners that carry it; and the names more than one partner carries. */
  const names = new Map<string, Set<string>>();
  const nameOf = new Map<string, string>();
  const colliding = new Set<string>();
  let result: ArenaRead | null = null;
  let localId: string | undefined;

  /**
   * Reads the records of `collection` named in `ids`; gives the ids whose content, state (read, gone,
   * unreadable) or revival changed. A record whose content did not change keeps its object.
   */
  function readRecords(collection: RecordCollection, ids: Iterable<string>): Set<string> {
    const changed = new Set<string>();
    const map = entries[collection];
    const root = r[collection];
    for (const id of ids) {
      const before = map.get(id);
      let next = decodeRecord(collection, id, root.get(id));
      const was = before?.read;
      if (was?.state === 'ok' && next.state === 'ok' && was.revived === next.revived && equalJson(was.record, next.record)) {
        next = { ...next, record: was.record };
      } else if (!(was && was.state === next.state && next.state !== 'ok') && !(!was && next.state === 'gone')) {
        changed.add(id);
      }
      map.set(id, { read: next, final: before?.final ?? null });
    }
    return changed;
  }

  /** Applies the arena-level rules to the given records; gives the ids whose final record changed. */
  function derive(collection: RecordCollection, ids: Iterable<string>, context: Collection): Set<string> {
    const changed = new Set<string>();
    const map = entries[collection];
    for (const id of ids) {
      const entry = map.get(id);
      const before = entry?.final ?? null;
      let final: AnyRecord | null = null;
      if (entry && entry.read.state === 'ok') {
        const raw = entry.read.record;
        final =
          collection === 'partners'
            ? knownTags(raw as ArenaRecord<'partners'>, context as Arena['tags'])
            : collection === 'actions'
              ? presentPartners(raw as ArenaRecord<'actions'>, context as Arena['partners'])
              : collection === 'instruments' || collection === 'ties'
                ? ofPresentPartners(raw as ArenaRecord<'instruments' | 'ties'>, context as Arena['partners'])
                : raw;
        if (before && final !== before && equalJson(before, final)) final = before;
      }
      if (entry) entry.final = final;
      if (final !== before) changed.add(id);
    }
    return changed;
  }

  /** The next version of a collection object: the previous one with the changed records put in or taken out. */
  function rebuild(collection: RecordCollection, prev: Collection, changed: ReadonlySet<string>, full: boolean): Collection {
    if (changed.size === 0 && !full) return prev;
    const map = entries[collection];
    let next: Record<string, AnyRecord>;
    if (full) {
      next = {};
      for (const [id, entry] of map) if (entry.final) next[id] = entry.final;
    } else {
      next = { ...prev };
      for (const id of changed) {
        const final = map.get(id)?.final;
        if (final) next[id] = final;
        else delete next[id];
      }
    }
    Object.freeze(next);
    if (!full) carryCollection(collection, prev as never, next as never, changed);
    return next;
  }

  function updateNames(ids: Iterable<string>): boolean {
    let touched = false;
    for (const id of ids) {
      const old = nameOf.get(id);
      const partner = entries.partners.get(id)?.final as ArenaRecord<'partners'> | null | undefined;
      const now = partner ? normaliseName(partner.name) : undefined;
      if (old === now) continue;
      touched = true;
      if (old !== undefined) {
        const set = names.get(old)!;
        set.delete(id);
        if (set.size === 0) names.delete(old);
        if (set.size <= 1) colliding.delete(old);
        nameOf.delete(id);
      }
      if (now !== undefined) {
        let set = names.get(now);
        if (!set) names.set(now, (set = new Set()));
        set.add(id);
        if (set.size > 1) colliding.add(now);
        nameOf.set(id, now);
      }
    }
    return touched;
  }

  function read(local: ReadLocal = {}): ArenaRead {
    const full = first;
    first = false;
    const localChanged = local.team !== localTeam || local.id !== localId;
    localTeam = local.team;
    localId = local.id;

    const rawChanged = {} as Record<RecordCollection, Set<string>>;
    for (const c of RECORD_COLLECTIONS) {
      const ids = full ? [...r[c].keys()] : dirty[c];
      rawChanged[c] = readRecords(c, ids);
      dirty[c] = new Set();
    }

    // Tags first (partners depend on them), then partners, then actions, instruments and ties (they depend on the partners).
    const finalChanged = {} as Record<RecordCollection, Set<string>>;
    let changedAny = full || localChanged;
    for (const c of ['tags', 'acknowledgements', 'team'] as const) finalChanged[c] = derive(c, full ? entries[c].keys() : rawChanged[c], objects[c]);
    const prevTags = objects.tags;
    objects.tags = rebuild('tags', prevTags, finalChanged.tags, full);
    finalChanged.partners = derive('partners', full || objects.tags !== prevTags ? [...entries.partners.keys()] : rawChanged.partners, objects.tags);
    const prevPartners = objects.partners;
    objects.partners = rebuild('partners', prevPartners, finalChanged.partners, full);
    const membership = full || [...finalChanged.partners].some((id) => Object.hasOwn(prevPartners, id) !== Object.hasOwn(objects.partners, id));
    for (const c of ['actions', 'instruments', 'ties'] as const) finalChanged[c] = derive(c, membership ? [...entries[c].keys()] : rawChanged[c], objects.partners);
    for (const c of ['acknowledgements', 'actions', 'team', 'instruments', 'ties'] as const) objects[c] = rebuild(c, objects[c], finalChanged[c], full);
    for (const c of RECORD_COLLECTIONS) changedAny ||= rawChanged[c].size > 0 || finalChanged[c].size > 0;

    const namesChanged = updateNames(finalChanged.partners);

    if (metaDirty) {
      const next = decodeMeta(r.meta, r.migrations);
      if (!equalJson(next, meta)) {
        meta = next;
        changedAny = true;
      }
      metaDirty = false;
    }
    const created = typeof meta.fields.createdAt === 'string' ? meta.fields.createdAt : EPOCH;
    for (const part of partsDirty) {
      if (part === 'strategic') {
        const next = decodePart('strategic', r.strategic, emptyStrategic(created));
        if (!equalJson(next, strategic)) [strategic, changedAny] = [next, true];
      } else {
        const next = decodePart('governance', r.governance, emptyGovernance(created));
        if (!equalJson(next, governance)) [governance, changedAny] = [next, true];
      }
    }
    partsDirty.clear();
    if (workshopDirty) {
      const next = decodeWorkshop(r.workshop);
      if (!equalJson(next, workshop)) [workshop, changedAny] = [next, true];
      workshopDirty = false;
    }

    if (result && !changedAny) return result;

    const prevShared = sharedTeam;
    sharedTeam = objects.team;
    const team = teamOf(result?.arena.team, prevShared, sharedTeam, localTeam);
    const { id, title, goal, updatedAt, ...extra } = meta.fields;
    const candidate = {
      id: typeof id === 'string' ? id : (localId ?? 'arena'),
      schemaVersion: SCHEMA_VERSION,
      title: typeof title === 'string' ? title : '',
      goal: typeof goal === 'string' ? goal : '',
      createdAt: created,
      updatedAt: typeof updatedAt === 'string' ? updatedAt : created,
      partners: objects.partners as Arena['partners'],
      tags: objects.tags as Arena['tags'],
      acknowledgements: objects.acknowledgements as Arena['acknowledgements'],
      strategic: strategic.value,
      governance: governance.value,
      actions: objects.actions as Arena['actions'],
      team,
      instruments: objects.instruments as Arena['instruments'],
      ties: objects.ties as Arena['ties'],
      ...withoutCreated(extra),
    } as Arena;
    const previous = result?.arena;
    const arena = previous && sameParts(previous, candidate) ? previous : (Object.freeze(candidate) as Arena);

    result = {
      arena,
      rejected: rejectedCounts(),
      revived: revivedOf('partners', result?.revived),
      revivedRecords: Object.fromEntries(RECORD_COLLECTIONS.map((c) => [c, revivedOf(c)]).filter(([, ids]) => ids!.length > 0)),
      collisions: namesChanged || !result ? collisionGroups() : result.collisions,
      format: meta.format,
      tooNew: meta.format > supported,
      seeded: meta.format > 0,
      workshop,
    };
    return result;
  }

  function teamOf(
    prevTeam: Arena['team'] | undefined,
    prevShared: Collection,
    shared: Collection,
    local: Readonly<Record<string, TeamMember>> | undefined,
  ): Arena['team'] {
    if (!local || Object.keys(local).length === 0) return shared as Arena['team'];
    if (prevTeam && prevShared === shared && !localChangedSince(prevTeam, shared, local)) return prevTeam;
    const next = Object.freeze({ ...local, ...shared }) as Arena['team'];
    if (prevTeam) {
      const touched = new Set<string>();
      for (const key of new Set([...Object.keys(prevTeam), ...Object.keys(next)])) if (prevTeam[key] !== next[key]) touched.add(key);
      carryCollection('team', prevTeam, next, touched);
    }
    return next;
  }

  function localChangedSince(prevTeam: Arena['team'], shared: Collection, local: Readonly<Record<string, TeamMember>>): boolean {
    for (const [key, member] of Object.entries(local)) if (!Object.hasOwn(shared, key) && prevTeam[key] !== member) return true;
    for (const key of Object.keys(prevTeam)) if (!Object.hasOwn(shared, key) && !Object.hasOwn(local, key)) return true;
    return false;
  }

  function rejectedCounts(): Partial<Record<SharedPart, number>> {
    const out: Partial<Record<SharedPart, number>> = {};
    for (const c of RECORD_COLLECTIONS) {
      let n = 0;
      for (const entry of entries[c].values()) if (entry.read.state === 'invalid') n++;
      if (n > 0) out[c] = n;
    }
    if (meta.invalid > 0) out.meta = meta.invalid;
    if (strategic.invalid > 0) out.strategic = strategic.invalid;
    if (governance.invalid > 0) out.governance = governance.invalid;
    return out;
  }

  function revivedOf(collection: RecordCollection, previous?: string[]): string[] {
    const records: AnyRecord[] = [];
    for (const entry of entries[collection].values()) if (entry.final && entry.read.state === 'ok' && entry.read.revived) records.push(entry.final);
    const ids = sortIds(records);
    return previous && sameList(previous, ids) ? previous : ids;
  }

  function collisionGroups(): string[][] {
    const groups: string[][] = [];
    for (const name of colliding) {
      const ids = names.get(name)!;
      groups.push(sortIds([...ids].map((id) => objects.partners[id]!)));
    }
    return groups.sort((a, b) => byCreation(objects.partners[a[0]!] as Ordered, objects.partners[b[0]!] as Ordered));
  }

  return {
    read,
    dispose: () => ydoc.off('afterTransaction', onTransaction),
  };
}

type Ordered = { id: string; createdAt: string };

/** Ids in creation order (records without a creation time: by id). */
function sortIds(records: AnyRecord[]): string[] {
  return records.sort((a, b) => byCreation(orderedOf(a), orderedOf(b))).map((rec) => rec.id);
}

function orderedOf(record: AnyRecord): Ordered {
  return { id: record.id, createdAt: 'createdAt' in record ? record.createdAt : '' };
}

/** The partner with only the tags the arena knows (a default key of the attribute, or an own tag made for it). */
function knownTags(partner: ArenaRecord<'partners'>, tags: Arena['tags']): ArenaRecord<'partners'> {
  const known = (attribute: Attribute, key: string) =>
    DEFAULT_KEYS[attribute].includes(key) || (Object.hasOwn(tags, key) && tags[key]!.attribute === attribute);
  const expertise = partner.expertise.every((k) => known('expertise', k)) ? partner.expertise : partner.expertise.filter((k) => known('expertise', k));
  const perspective = partner.perspective.every((k) => known('perspective', k)) ? partner.perspective : partner.perspective.filter((k) => known('perspective', k));
  const style = partner.style === null || known('style', partner.style) ? partner.style : null;
  if (expertise === partner.expertise && perspective === partner.perspective && style === partner.style) return partner;
  // The main expertise stays first when it is known; otherwise the first remaining key (the rest is sorted).
  return deepFreeze({ ...partner, expertise, perspective, style });
}

/** The action with only the involvement of partners that are in the arena. */
function presentPartners(action: ArenaRecord<'actions'>, partners: Arena['partners']): ArenaRecord<'actions'> {
  const ids = Object.keys(action.involvement);
  if (ids.every((id) => Object.hasOwn(partners, id))) return action;
  const involvement = Object.fromEntries(Object.entries(action.involvement).filter(([id]) => Object.hasOwn(partners, id)));
  return deepFreeze({ ...action, involvement });
}

/** The instrument or tie, or null when a partner it names is not in the arena (or a tie names one partner twice). */
function ofPresentPartners(record: ArenaRecord<'instruments' | 'ties'>, partners: Arena['partners']): ArenaRecord<'instruments' | 'ties'> | null {
  if ('partnerId' in record) return Object.hasOwn(partners, record.partnerId) ? record : null;
  return record.from !== record.to && Object.hasOwn(partners, record.from) && Object.hasOwn(partners, record.to) ? record : null;
}

function withoutCreated(extra: Record<string, unknown>): Record<string, unknown> {
  const { createdAt: _createdAt, ...rest } = extra;
  return rest;
}

/** Same fields, each the same value or object (unchanged parts and collections keep their objects). */
function sameParts(a: Arena, b: Arena): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && x[k] === y[k]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
