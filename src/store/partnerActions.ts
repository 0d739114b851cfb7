/**
 * Actions on the partners of the arena: adding (one, a pasted list, one known from another arena),
 * renaming, moving, placing on a ring, tagging, duplicating and deleting. Each is one undo step through
 * the document store's commit.
 */
import { castDraft, type Draft } from 'immer';
import { useDocumentStore } from './documentStore';
import { forgetPartners, useSessionStore } from './sessionStore';
import type { Arena, Partner, PartnerInput } from '../domain/arena';
import { checkName, createPartner, normaliseName, type NameError } from '../domain/arena';
import { CUSTOM_PREFIX } from '../domain/vocabularies';
import { freeAngle, placementOf, pointInRing, ringOf, type Point, type Ring } from '../domain/rings';
import { newId } from '../domain/ids';
import type { KnownPartner } from '../domain/partnerDirectory';
import { useSyncStore } from './syncStore';

const store = () => useDocumentStore.getState();
const commit = (...args: Parameters<ReturnType<typeof useDocumentStore.getState>['commit']>) => store().commit(...args);

type NameResult = { ok: true; id: string } | { ok: false; error: NameError | 'duplicate' };

/** A valid name that no other partner of the arena has (case, accents and spacing ignored). */
function newName(doc: Arena, raw: string, exceptId?: string): { ok: true; value: string } | { ok: false; error: NameError | 'duplicate' } {
  const check = checkName(raw);
  if (!check.ok) return check;
  const wanted = normaliseName(check.value);
  if (Object.values(doc.partners).some((p) => p.id !== exceptId && normaliseName(p.name) === wanted)) return { ok: false, error: 'duplicate' };
  return check;
}

function touchPartner(doc: Draft<Arena>, id: string, now: string, change: (p: Draft<Partner>) => void): void {
  const p = doc.partners[id];
  if (!p) return;
  change(p);
  p.updatedAt = now;
}

/**
 * A new partner, marked with who added it when this device takes part in a live workshop (the shared
 * session knows the participant's name): the group sees who brought it in, and the server lets a
 * participant change only the partners marked as its own.
 */
function newPartner(input: PartnerInput, now: string): Partner {
  const partner = createPartner(input, now);
  const me = useSyncStore.getState().me;
  return me ? { ...partner, addedBy: { id: me.id, name: me.name } } : partner;
}

export function addPartner(input: PartnerInput): NameResult {
  const { doc, readOnly } = store();
  if (!doc || readOnly) return { ok: false, error: 'empty' };
  const check = newName(doc, input.name);
  if (!check.ok) return check;
  const partner = newPartner({ ...input, name: check.value }, store().now());
  commit((d) => {
    d.partners[partner.id] = castDraft(partner);
  });
  return { ok: true, id: partner.id };
}

/**
 * Adds a partner with its tags, at a place already chosen (a phone in a workshop picks the ring from a
 * list; sync/ui/placement.ts finds a free spot in it), as one undo step. Only tags the arena knows: a
 * participant may not add the arena's own tags.
 */
export function addPlacedPartner(
  input: PartnerInput & { expertise?: readonly string[]; style?: string | null; perspective?: readonly string[] },
  position: Point | null,
): NameResult {
  const { doc, readOnly } = store();
  if (!doc || readOnly) return { ok: false, error: 'empty' };
  const check = newName(doc, input.name);
  if (!check.ok) return check;
  const partner = newPartner({ name: check.value, ...(input.type !== undefined ? { type: input.type } : {}), ...(input.notes !== undefined ? { notes: input.notes } : {}) }, store().now());
  commit((d) => {
    d.partners[partner.id] = castDraft({
      ...partner,
      expertise: [...(input.expertise ?? [])],
      style: input.style ?? null,
      perspective: [...(input.perspective ?? [])],
      position: position && { x: position.x, y: position.y },
    });
  });
  return { ok: true, id: partner.id };
}

/** Adds several names at once (a pasted list) as one undo step; names already in the arena are skipped. */
export function addPartners(names: readonly string[]): { added: string[]; duplicates: string[]; invalid: number } {
  const { doc, readOnly } = store();
  const result = { added: [] as string[], duplicates: [] as string[], invalid: 0 };
  if (!doc || readOnly) return result;
  const taken = new Set(Object.values(doc.partners).map((p) => normaliseName(p.name)));
  const partners: Partner[] = [];
  const now = store().now();
  for (const raw of names) {
    const check = checkName(raw);
    if (!check.ok) {
      if (raw.trim()) result.invalid++;
      continue;
    }
    const key = normaliseName(check.value);
    if (taken.has(key)) {
      result.duplicates.push(check.value);
      continue;
    }
    taken.add(key);
    // Spread the creation time by a millisecond each, so the list keeps the pasted order.
    const stamp = new Date(Date.parse(now) + partners.length).toISOString();
    partners.push(newPartner({ name: check.value }, stamp));
  }
  if (partners.length) {
    commit((d) => {
      for (const p of partners) d.partners[p.id] = castDraft(p);
    });
  }
  result.added = partners.map((p) => p.id);
  return result;
}

/** Adds a partner known from another arena, with its tags. */
export function addKnownPartner(known: KnownPartner): NameResult {
  const { doc, readOnly } = store();
  if (!doc || readOnly) return { ok: false, error: 'empty' };
  const check = newName(doc, known.name);
  if (!check.ok) return check;
  const partner = newPartner({ name: check.value, type: known.type }, store().now());
  // One gesture, one undo step: the partner, its tags, and any own tag it needs in this arena.
  commit((d, now) => {
    const mapKey = (key: string): string => {
      const custom = known.customLabels[key];
      if (!custom) return key;
      const wanted = normaliseName(custom.label);
      const existing = Object.values(d.tags).find((tag) => tag.attribute === custom.attribute && normaliseName(tag.label) === wanted);
      if (existing) return existing.id;
      const id = `${CUSTOM_PREFIX}${newId()}`;
      d.tags[id] = { id, attribute: custom.attribute, label: custom.label, updatedAt: now };
      return id;
    };
    d.partners[partner.id] = castDraft({
      ...partner,
      expertise: known.expertise.map(mapKey),
      style: known.style ? mapKey(known.style) : null,
      perspective: known.perspective.map(mapKey),
    });
  });
  return { ok: true, id: partner.id };
}

/** Refuses a name another partner of the arena already has (as addPartner does). */
export function updatePartner(id: string, patch: Partial<Pick<Partner, 'name' | 'type' | 'notes'>>): { ok: true } | { ok: false; error: NameError | 'duplicate' } {
  const doc = store().doc;
  const current = doc?.partners[id];
  if (!doc || !current) return { ok: true };
  const next = { ...patch };
  if (next.name !== undefined) {
    const check = newName(doc, next.name, id);
    if (!check.ok) return check;
    next.name = check.value;
  }
  if (next.type !== undefined) next.type = next.type.trim();
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== current[k]);
  if (changed) commit((d, now) => touchPartner(d, id, now, (p) => Object.assign(p, next)));
  return { ok: true };
}

/** Several partners moved in one gesture: one undo step. */
/** `undoable: false`: an automatic placement (an arrival moved clear of others), no step of this person's undo. */
export function movePartners(moves: readonly { id: string; position: Point }[], options?: { undoable?: boolean }): void {
  const doc = store().doc;
  if (!doc) return;
  const round = (n: number) => Math.round(n * 100) / 100;
  const changed = moves
    .map((m) => ({ id: m.id, position: { x: round(m.position.x), y: round(m.position.y) } }))
    .filter((m) => {
      const p = doc.partners[m.id];
      return p && (!p.position || p.position.x !== m.position.x || p.position.y !== m.position.y);
    });
  if (!changed.length) return;
  commit((d, now) => {
    for (const m of changed)
      touchPartner(d, m.id, now, (p) => {
        p.position = m.position;
      });
  }, options);
}

export function movePartner(id: string, position: Point): void {
  movePartners([{ id, position }]);
}

export function setRing(id: string, ring: Ring | 'unplaced'): void {
  const doc = store().doc;
  const current = doc?.partners[id];
  if (!doc || !current) return;
  if (placementOf(current.position) === ring) return;
  if (ring === 'unplaced') {
    commit((d, now) =>
      touchPartner(d, id, now, (p) => {
        p.position = null;
      }),
    );
    return;
  }
  const others = Object.values(doc.partners)
    .filter((p) => p.id !== id && p.position && ringOf(p.position) === ring)
    .map((p) => p.position as Point);
  const position = pointInRing(ring, null, freeAngle(others));
  commit((d, now) =>
    touchPartner(d, id, now, (p) => {
      p.position = position;
    }),
  );
}

export function toggleTag(id: string, attribute: 'expertise' | 'perspective', key: string): void {
  if (!store().doc?.partners[id]) return;
  commit((doc, now) =>
    touchPartner(doc, id, now, (p) => {
      const list = p[attribute];
      const at = list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
      else list.push(key);
    }),
  );
}

export function setMainExpertise(id: string, key: string): void {
  const partner = store().doc?.partners[id];
  if (!partner || partner.expertise[0] === key) return;
  commit((doc, now) =>
    touchPartner(doc, id, now, (p) => {
      p.expertise = [key, ...p.expertise.filter((k) => k !== key)];
    }),
  );
}

export function setStyle(id: string, key: string | null): void {
  if (store().doc?.partners[id]?.style === key) return;
  commit((doc, now) =>
    touchPartner(doc, id, now, (p) => {
      p.style = key;
    }),
  );
}

/** Deletes partners (and their place in every action, their instruments and their ties); they leave the selection. */
export function deletePartners(ids: readonly string[]): void {
  const doc = store().doc;
  const present = ids.filter((id) => doc?.partners[id]);
  if (!present.length) return;
  commit((d, now) => {
    for (const id of present) {
      delete d.partners[id];
      // No action may name a partner that is gone.
      for (const action of Object.values(d.actions)) {
        if (id in action.involvement) {
          delete action.involvement[id];
          action.updatedAt = now;
        }
      }
    }
    // Nor may an instrument or a tie.
    const gone = new Set(present);
    for (const instrument of Object.values(d.instruments)) if (gone.has(instrument.partnerId)) delete d.instruments[instrument.id];
    for (const tie of Object.values(d.ties)) if (gone.has(tie.from) || gone.has(tie.to)) delete d.ties[tie.id];
  });
  forgetPartners(present);
}

export function deletePartner(id: string): void {
  deletePartners([id]);
}

/** A copy beside the original, with a free name; the copy is selected. */
export function duplicatePartner(id: string, copyName: (name: string) => string): string | null {
  const { doc, readOnly } = store();
  const source = doc?.partners[id];
  if (!doc || !source || readOnly) return null;
  const taken = new Set(Object.values(doc.partners).map((p) => normaliseName(p.name)));
  let name = copyName(source.name);
  for (let n = 2; taken.has(normaliseName(name)); n++) name = `${copyName(source.name)} ${n}`;
  const now = store().now();
  const copy: Partner = {
    ...structuredClone(source),
    id: newId(),
    name,
    position: source.position ? { x: source.position.x + 30, y: source.position.y + 30 } : null,
    createdAt: now,
    updatedAt: now,
  };
  commit((d) => {
    d.partners[copy.id] = castDraft(copy);
  });
  useSessionStore.getState().select(copy.id);
  return copy.id;
}
