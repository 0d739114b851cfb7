/**
 * From a table read from a spreadsheet (listTable.ts) to partners, in three pure steps:
 * 1. `suggestMapping`: which column holds the name, type, ring, expertise, style, perspective or notes,
 *    from the headings (Arena's own CSV headers in Dutch and English, and the words people use);
 * 2. `planImport`: what happens to every row (added, duplicate name skipped or merged, error and why),
 *    with tags matched by label in either language (case, accents and punctuation ignored) and the labels
 *    that match nothing, which become the arena's own tags only when the user agrees;
 * 3. `applyImport`: the plan written into an arena (a draft of the store's commit, or a new arena), with
 *    partners that have a ring placed on it, apart from each other (domain/placeOnRings.ts).
 * The labels come from the message tables of both languages, handed in, so this file holds no UI text.
 */
import type { Draft } from 'immer';
import { checkName, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, normaliseName, partnersInOrder, type Arena, type Partner } from '../domain/arena';
import { placeOnRings } from '../domain/placeOnRings';
import { RINGS, type Placement, type Point, type Ring } from '../domain/rings';
import { ATTRIBUTES, CUSTOM_PREFIX, DEFAULT_KEYS, type Attribute } from '../domain/vocabularies';
import type { MessageKey } from '../i18n/en';
import { MAX_PARTNERS } from './limits';
import { normaliseHeading, type ListTable } from './listTable';
import { CSV_HEADER_KEYS } from './csv';

export const LIST_FIELDS = ['name', 'type', 'ring', 'expertise', 'style', 'perspective', 'notes'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
/** Per column of the table: the field it fills, or null (left out). */
export type Mapping = (ListField | null)[];

type Table = Readonly<Record<string, string>>;

/** The message keys of the headers Arena's CSV export writes for the columns read back (the rest are derived). */
export const HEADING_KEYS = Object.fromEntries(LIST_FIELDS.map((f) => [f, CSV_HEADER_KEYS[f]])) as Record<ListField, MessageKey>;

/** Headings people give these columns, in Dutch and English (normalised: lower case, no accents). */
const HEADING_WORDS: Record<ListField, readonly string[]> = {
  name: ['name', 'naam', 'organisation', 'organization', 'organisatie', 'partner', 'partners', 'organisation name', 'organization name', 'naam organisatie', 'organisatienaam', 'partnerorganisatie', 'dienst', 'voorziening'],
  type: ['type', 'soort', 'kind', 'type organisatie', 'organisation type', 'organization type', 'category', 'categorie', 'rechtsvorm'],
  ring: ['ring', 'cirkel', 'circle', 'placement', 'plaats'],
  expertise: ['expertise', 'domain', 'domein', 'beleidsdomein', 'policy domain', 'sector', 'thema', 'theme', 'expertises'],
  style: ['style', 'werkstijl', 'stijl', 'working style', 'werkwijze'],
  perspective: ['perspective', 'perspectief', 'perspectives', 'perspectieven'],
  notes: ['notes', 'note', 'notities', 'notitie', 'opmerkingen', 'opmerking', 'remarks', 'comments', 'comment', 'toelichting', 'beschrijving', 'description'],
};

/** What the tables know, made once per import: headings, ring labels and tag labels → keys. */
export interface ListVocabulary {
  headings: Map<string, ListField>;
  rings: Map<string, Placement>;
  tags: Record<Attribute, Map<string, string>>;
}

/**
 * `tables`: the app's message tables of every language (en, nl); `customTags`: the arena's own tags, which
 * match by their label too.
 */
export function listVocabulary(tables: readonly Table[], customTags: Arena['tags'] = {}): ListVocabulary {
  const headings = new Map<string, ListField>();
  for (const field of LIST_FIELDS) {
    for (const table of tables) {
      const label = table[HEADING_KEYS[field]];
      if (label && !headings.has(normaliseHeading(label))) headings.set(normaliseHeading(label), field);
    }
    for (const word of HEADING_WORDS[field]) if (!headings.has(word)) headings.set(word, field);
  }
  const rings = new Map<string, Placement>();
  for (const ring of [...RINGS, 'unplaced'] as const) {
    rings.set(normaliseHeading(ring), ring);
    for (const table of tables) {
      const label = table[`ring.${ring}`];
      if (label) rings.set(normaliseHeading(label), ring);
    }
  }
  const tags = { expertise: new Map<string, string>(), style: new Map<string, string>(), perspective: new Map<string, string>() };
  for (const attribute of ATTRIBUTES) {
    const index = tags[attribute];
    const add = (label: string, key: string) => {
      const k = normaliseHeading(label);
      if (k && !index.has(k)) index.set(k, key);
    };
    for (const tag of Object.values(customTags)) if (tag.attribute === attribute) add(tag.label, tag.id);
    // Whole labels first, in every language; then the key; then each half of a label such as "Care / support".
    for (const key of DEFAULT_KEYS[attribute]) for (const table of tables) add(table[`tag.${attribute}.${key}`] ?? '', key);
    for (const key of DEFAULT_KEYS[attribute]) add(key, key);
    for (const key of DEFAULT_KEYS[attribute])
      for (const table of tables) for (const part of (table[`tag.${attribute}.${key}`] ?? '').split('/')) add(part, key);
  }
  return { headings, rings, tags };
}

/** The normalised headings that name a name column: a one-column file's first line is a heading only when it is one. */
export function nameHeadings(vocabulary: ListVocabulary): Set<string> {
  return new Set([...vocabulary.headings].filter(([, field]) => field === 'name').map(([word]) => word));
}

/**
 * Each field on the first column whose heading is one of its words; then on the first column whose heading
 * holds one of its words ("Naam van de organisatie"). With no name column found, the first column left is
 * the name (a list without headings starts with the names).
 */
export function suggestMapping(columns: readonly string[], vocabulary: ListVocabulary): Mapping {
  const mapping: Mapping = columns.map(() => null);
  const used = new Set<ListField>();
  const headings = columns.map(normaliseHeading);
  headings.forEach((h, i) => {
    const field = vocabulary.headings.get(h);
    if (field && !used.has(field)) {
      mapping[i] = field;
      used.add(field);
    }
  });
  headings.forEach((h, i) => {
    if (mapping[i] || !h) return;
    const words = ` ${h} `;
    for (const [word, field] of vocabulary.headings) {
      if (!used.has(field) && word.length >= 4 && words.includes(` ${word} `)) {
        mapping[i] = field;
        used.add(field);
        return;
      }
    }
  });
  if (!used.has('name')) {
    const free = mapping.findIndex((m, i) => m === null && !vocabulary.headings.has(headings[i]!));
    if (free >= 0) mapping[free] = 'name';
  }
  return mapping;
}

export type DuplicateChoice = 'skip' | 'merge';
export interface PlanOptions {
  duplicates: DuplicateChoice;
  /** The user agreed that labels matching no tag become the arena's own tags. */
  ownTags: boolean;
}

/** A tag of a row: a key the arena knows, or a label that would become an own tag. */
export type TagRef = { key: string } | { newLabel: string };

export interface RowValues {
  name: string;
  type: string;
  notes: string;
  /** The ring named in the row; null when the row names none (or an unknown one). */
  ring: Ring | null;
  expertise: TagRef[];
  style: TagRef | null;
  perspective: TagRef[];
}

export type RowNote =
  | { code: 'unknownRing'; value: string }
  | { code: 'unknownTag'; attribute: Attribute; label: string }
  | { code: 'newTag'; attribute: Attribute; label: string }
  | { code: 'oneStyle'; kept: string; left: string };

export type RowOutcome =
  | { kind: 'add' }
  | { kind: 'skip'; duplicateOf: string; inFile: boolean }
  | { kind: 'merge'; into: string; inFile: boolean }
  | { kind: 'error'; reason: 'noName' | 'nameTooLong' | 'typeTooLong' | 'notesTooLong' | 'tooManyPartners'; max?: number };

export interface PlannedRow {
  line: number;
  values: RowValues;
  outcome: RowOutcome;
  notes: RowNote[];
  /** For a merge: the existing partner's id, or the index (in `rows`) of the earlier row it joins. */
  target?: { partnerId: string } | { row: number };
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** Labels that match no tag, per attribute, in the order met (shown before the user agrees). */
  unknownLabels: { attribute: Attribute; label: string }[];
  counts: { add: number; merge: number; skip: number; error: number };
}

const SPLIT = /\s*[|;,\n]\s*/;

export function planImport(
  table: ListTable,
  mapping: Mapping,
  vocabulary: ListVocabulary,
  arena: Pick<Arena, 'partners'>,
  options: PlanOptions,
): ImportPlan {
  const columnOf = (field: ListField) => mapping.indexOf(field);
  const cols = Object.fromEntries(LIST_FIELDS.map((f) => [f, columnOf(f)])) as Record<ListField, number>;
  const existing = new Map<string, Partner>();
  for (const p of partnersInOrder(arena)) if (!existing.has(normaliseName(p.name))) existing.set(normaliseName(p.name), p);
  const inFile = new Map<string, number>();
  const unknown = new Map<string, { attribute: Attribute; label: string }>();
  let room = MAX_PARTNERS - Object.keys(arena.partners).length;
  const counts = { add: 0, merge: 0, skip: 0, error: 0 };

  const rows = table.rows.map((row, index): PlannedRow => {
    const cell = (field: ListField) => (cols[field] >= 0 ? (row.cells[cols[field]] ?? '').trim() : '');
    const notes: RowNote[] = [];
    const labelsOf: Record<Attribute, string[]> = { expertise: [], style: [], perspective: [] };
    const tagsOf = (attribute: Attribute): TagRef[] => {
      const out: TagRef[] = [];
      const seen = new Set<string>();
      for (const label of cell(attribute).split(SPLIT)) {
        const norm = normaliseHeading(label);
        if (!norm) continue;
        const key = vocabulary.tags[attribute].get(norm);
        const ref: TagRef | null = key ? { key } : options.ownTags ? { newLabel: label } : null;
        if (!key) {
          const id = `${attribute}:${norm}`;
          if (!unknown.has(id)) unknown.set(id, { attribute, label });
          notes.push({ code: options.ownTags ? 'newTag' : 'unknownTag', attribute, label });
        }
        const id = key ?? `new:${norm}`;
        if (ref && !seen.has(id)) {
          seen.add(id);
          out.push(ref);
          labelsOf[attribute].push(label);
        }
      }
      return out;
    };
    const ringText = cell('ring');
    let ring: Ring | null = null;
    if (ringText) {
      const placement = vocabulary.rings.get(normaliseHeading(ringText));
      if (placement === undefined) notes.push({ code: 'unknownRing', value: ringText });
      else if (placement !== 'unplaced') ring = placement;
    }
    const styles = tagsOf('style');
    if (styles.length > 1) notes.push({ code: 'oneStyle', kept: labelsOf.style[0]!, left: labelsOf.style.slice(1).join(', ') });
    const values: RowValues = {
      name: cell('name'),
      type: cell('type'),
      notes: cols.notes >= 0 ? (row.cells[cols.notes] ?? '').trim() : '',
      ring,
      expertise: tagsOf('expertise'),
      style: styles[0] ?? null,
      perspective: tagsOf('perspective'),
    };
    const planned = (outcome: RowOutcome, target?: PlannedRow['target']): PlannedRow => {
      counts[outcome.kind === 'add' ? 'add' : outcome.kind]++;
      return target ? { line: row.line, values, outcome, notes, target } : { line: row.line, values, outcome, notes };
    };
    const check = checkName(values.name);
    if (!check.ok) return planned(check.error === 'empty' ? { kind: 'error', reason: 'noName' } : { kind: 'error', reason: 'nameTooLong', max: MAX_NAME_LENGTH });
    values.name = check.value;
    if (values.type.length > MAX_NAME_LENGTH) return planned({ kind: 'error', reason: 'typeTooLong', max: MAX_NAME_LENGTH });
    if (values.notes.length > MAX_TEXT_LENGTH) return planned({ kind: 'error', reason: 'notesTooLong', max: MAX_TEXT_LENGTH });
    const key = normaliseName(values.name);
    const there = existing.get(key);
    if (there) {
      return options.duplicates === 'merge'
        ? planned({ kind: 'merge', into: there.name, inFile: false }, { partnerId: there.id })
        : planned({ kind: 'skip', duplicateOf: there.name, inFile: false });
    }
    const earlier = inFile.get(key);
    if (earlier !== undefined) {
      const first = table.rows[earlier]!;
      const firstName = (first.cells[cols.name] ?? '').trim();
      return options.duplicates === 'merge'
        ? planned({ kind: 'merge', into: firstName, inFile: true }, { row: earlier })
        : planned({ kind: 'skip', duplicateOf: firstName, inFile: true });
    }
    if (room <= 0) return planned({ kind: 'error', reason: 'tooManyPartners', max: MAX_PARTNERS });
    room--;
    inFile.set(key, index);
    return planned({ kind: 'add' });
  });
  return { rows, unknownLabels: [...unknown.values()], counts };
}

export interface ApplyResult {
  added: string[];
  merged: string[];
  newTags: string[];
}

/**
 * Writes the plan into `doc` (a draft in the store's commit, or a new arena being built): new partners in
 * the file's order (creation stamps a millisecond apart, so every list keeps that order), merges into the
 * partners they name, own tags made for the labels that need them. Partners with a ring are placed on it
 * apart from each other and from the partners already there; the others stay in the list.
 */
export function applyImport(doc: Draft<Arena> | Arena, plan: ImportPlan, now: string, newId: () => string, nodeSize: { width: number; height: number }): ApplyResult {
  const result: ApplyResult = { added: [], merged: [], newTags: [] };
  const ownTag = new Map<string, string>();
  const resolve = (attribute: Attribute, ref: TagRef): string => {
    if ('key' in ref) return ref.key;
    const id = `${attribute}:${normaliseHeading(ref.newLabel)}`;
    let key = ownTag.get(id);
    if (!key) {
      key = `${CUSTOM_PREFIX}${newId()}`;
      ownTag.set(id, key);
      doc.tags[key] = { id: key, attribute, label: ref.newLabel.trim(), updatedAt: now };
      result.newTags.push(key);
    }
    return key;
  };
  const rowPartner = new Map<number, Partner>();
  const toPlace: { partner: Partner | Draft<Partner>; ring: Ring }[] = [];
  const merge = (p: Partner | Draft<Partner>, v: RowValues) => {
    if (!p.type && v.type) p.type = v.type;
    if (v.notes && !p.notes.includes(v.notes)) p.notes = p.notes ? `${p.notes}\n\n${v.notes}` : v.notes;
    for (const ref of v.expertise) {
      const key = resolve('expertise', ref);
      if (!p.expertise.includes(key)) p.expertise.push(key);
    }
    if (p.style === null && v.style) p.style = resolve('style', v.style);
    for (const ref of v.perspective) {
      const key = resolve('perspective', ref);
      if (!p.perspective.includes(key)) p.perspective.push(key);
    }
    p.updatedAt = now;
  };
  let stamp = Date.parse(now);
  plan.rows.forEach((row, index) => {
    const v = row.values;
    if (row.outcome.kind === 'add') {
      const created = new Date(stamp++).toISOString();
      const partner: Partner = {
        id: newId(),
        name: v.name,
        type: v.type,
        notes: v.notes,
        position: null,
        expertise: v.expertise.map((r) => resolve('expertise', r)),
        style: v.style ? resolve('style', v.style) : null,
        perspective: v.perspective.map((r) => resolve('perspective', r)),
        resources: {},
        createdAt: created,
        updatedAt: created,
      };
      rowPartner.set(index, partner);
      if (v.ring) toPlace.push({ partner, ring: v.ring });
      result.added.push(partner.id);
    } else if (row.outcome.kind === 'merge' && row.target) {
      const p = 'row' in row.target ? rowPartner.get(row.target.row) : doc.partners[row.target.partnerId];
      if (!p) return;
      merge(p, v);
      if (v.ring && !p.position && !toPlace.some((t) => t.partner === p)) toPlace.push({ partner: p, ring: v.ring });
      if (!('row' in row.target)) result.merged.push(p.id);
    }
  });
  const placed = Object.values(doc.partners)
    .map((p) => p.position)
    .filter((p): p is Point => p !== null);
  const positions = placeOnRings(placed, toPlace.map((t) => t.ring), nodeSize);
  toPlace.forEach((t, i) => {
    t.partner.position = positions[i]!;
  });
  for (const partner of rowPartner.values()) (doc.partners as Record<string, Partner>)[partner.id] = partner;
  return result;
}
