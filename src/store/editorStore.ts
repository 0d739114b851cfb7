/**
 * The one store: the open arena document, its undo history, the selection and the save status.
 * Every change of the document goes through `commit`, which records one undo step and stamps
 * `updatedAt` on the records it touched; autosave watches `doc` and nothing else.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { castDraft, type Draft } from 'immer';
import type { Arena, Partner, PartnerInput } from '../domain/arena';
import { checkName, createPartner, normaliseName, type NameError } from '../domain/arena';
import type { Attribute } from '../domain/vocabularies';
import { CUSTOM_PREFIX } from '../domain/vocabularies';
import { freeAngle, placementOf, pointInRing, ringOf, type Point, type Ring } from '../domain/rings';
import { newId } from '../domain/ids';
import { emptyHistory, record, type History } from './history';

export type SaveStatus = { status: 'saved' } | { status: 'saving' } | { status: 'error'; reason: 'quota' | 'closed' | 'unknown' };

export interface EditorState {
  doc: Arena | null;
  /** True while another tab edits this arena: the map follows the database and cannot be changed here. */
  readOnly: boolean;
  history: History;
  selectedId: string | null;
  /** Partners a warning points at (hover or click in the warnings panel). */
  highlighted: string[];
  save: SaveStatus;
  /** The ring under a partner being dragged, so the map can light it up (UI only, not a step). */
  dropRing: Ring | null;
  /** A message for the whole app, such as why an import failed. */
  notice: string | null;
  /** A clock that tests can replace. */
  now: () => string;

  hydrate(doc: Arena, options?: { readOnly?: boolean }): void;
  /** A newer stored version arrived (read-only view): show it, keep the selection where it still exists. */
  refresh(doc: Arena): void;
  close(): void;
  setTitle(title: string): void;
  setGoal(goal: string): void;
  addPartner(input: PartnerInput): { ok: true; id: string } | { ok: false; error: NameError | 'duplicate' };
  /** Refuses a name another partner of the arena already has (as addPartner does). */
  updatePartner(id: string, patch: Partial<Pick<Partner, 'name' | 'type' | 'notes'>>): { ok: true } | { ok: false; error: NameError | 'duplicate' };
  movePartner(id: string, position: Point): void;
  setRing(id: string, ring: Ring | 'unplaced'): void;
  deletePartner(id: string): void;
  toggleTag(id: string, attribute: 'expertise' | 'perspective', key: string): void;
  setMainExpertise(id: string, key: string): void;
  setStyle(id: string, key: string | null): void;
  addCustomTag(attribute: Attribute, label: string): string | null;
  acknowledge(findingKey: string, reason: string): void;
  unacknowledge(findingKey: string): void;
  select(id: string | null): void;
  highlight(ids: readonly string[]): void;
  undo(): void;
  redo(): void;
  setSaveStatus(status: SaveStatus): void;
  setDropRing(ring: Ring | null): void;
  setNotice(notice: string | null): void;
}

const EMPTY: string[] = [];

export const useEditorStore = create<EditorState>()(
  immer((set, get) => {
    /** Applies a recipe to the document as one undo step. Returns false when there is no document. */
    const commit = (recipe: (doc: Draft<Arena>, now: string) => void): boolean => {
      const before = get().doc;
      if (!before || get().readOnly) return false;
      const now = get().now();
      set((s) => {
        if (!s.doc) return;
        recipe(s.doc, now);
        s.doc.updatedAt = now;
        s.history = castDraft(record(s.history as History, before));
      });
      return true;
    };
    const touchPartner = (doc: Draft<Arena>, id: string, now: string, change: (p: Draft<Partner>) => void) => {
      const p = doc.partners[id];
      if (!p) return;
      change(p);
      p.updatedAt = now;
    };

    return {
      doc: null,
      readOnly: false,
      history: emptyHistory(),
      selectedId: null,
      highlighted: EMPTY,
      save: { status: 'saved' },
      dropRing: null,
      notice: null,
      now: () => new Date().toISOString(),

      hydrate: (doc, options) =>
        set((s) => {
          s.doc = castDraft(doc);
          s.readOnly = options?.readOnly ?? false;
          s.history = emptyHistory();
          s.selectedId = null;
          s.highlighted = EMPTY;
          s.save = { status: 'saved' };
        }),
      refresh: (doc) =>
        set((s) => {
          s.doc = castDraft(doc);
          if (s.selectedId && !doc.partners[s.selectedId]) s.selectedId = null;
        }),
      close: () =>
        set((s) => {
          s.doc = null;
          s.readOnly = false;
          s.history = emptyHistory();
          s.selectedId = null;
          s.highlighted = EMPTY;
        }),

      setTitle: (title) => {
        const value = title.trim();
        if (!value || get().doc?.title === value) return;
        commit((doc) => {
          doc.title = value;
        });
      },
      setGoal: (goal) => {
        if (get().doc?.goal === goal) return;
        commit((doc) => {
          doc.goal = goal;
        });
      },

      addPartner: (input) => {
        const check = checkName(input.name);
        if (!check.ok) return check;
        const doc = get().doc;
        if (!doc || get().readOnly) return { ok: false, error: 'empty' };
        const wanted = normaliseName(check.value);
        if (Object.values(doc.partners).some((p) => normaliseName(p.name) === wanted)) return { ok: false, error: 'duplicate' };
        const partner = createPartner({ ...input, name: check.value }, get().now());
        commit((d) => {
          d.partners[partner.id] = castDraft(partner);
        });
        return { ok: true, id: partner.id };
      },

      updatePartner: (id, patch) => {
        const doc = get().doc;
        const current = doc?.partners[id];
        if (!doc || !current) return { ok: true };
        const next = { ...patch };
        if (next.name !== undefined) {
          const check = checkName(next.name);
          if (!check.ok) return check;
          const wanted = normaliseName(check.value);
          if (Object.values(doc.partners).some((p) => p.id !== id && normaliseName(p.name) === wanted)) return { ok: false, error: 'duplicate' };
          next.name = check.value;
        }
        if (next.type !== undefined) next.type = next.type.trim();
        const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== current[k]);
        if (changed) commit((d, now) => touchPartner(d, id, now, (p) => Object.assign(p, next)));
        return { ok: true };
      },

      movePartner: (id, position) => {
        const current = get().doc?.partners[id];
        if (!current) return;
        const rounded = { x: Math.round(position.x * 100) / 100, y: Math.round(position.y * 100) / 100 };
        if (current.position && current.position.x === rounded.x && current.position.y === rounded.y) return;
        commit((doc, now) =>
          touchPartner(doc, id, now, (p) => {
            p.position = rounded;
          }),
        );
      },

      setRing: (id, ring) => {
        const doc = get().doc;
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
      },

      deletePartner: (id) => {
        if (!get().doc?.partners[id]) return;
        commit((doc) => {
          delete doc.partners[id];
        });
        set((s) => {
          if (s.selectedId === id) s.selectedId = null;
        });
      },

      toggleTag: (id, attribute, key) => {
        if (!get().doc?.partners[id]) return;
        commit((doc, now) =>
          touchPartner(doc, id, now, (p) => {
            const list = p[attribute];
            const at = list.indexOf(key);
            if (at >= 0) list.splice(at, 1);
            else list.push(key);
          }),
        );
      },

      setMainExpertise: (id, key) => {
        const partner = get().doc?.partners[id];
        if (!partner || partner.expertise[0] === key) return;
        commit((doc, now) =>
          touchPartner(doc, id, now, (p) => {
            p.expertise = [key, ...p.expertise.filter((k) => k !== key)];
          }),
        );
      },

      setStyle: (id, key) => {
        if (get().doc?.partners[id]?.style === key) return;
        commit((doc, now) =>
          touchPartner(doc, id, now, (p) => {
            p.style = key;
          }),
        );
      },

      addCustomTag: (attribute, label) => {
        const value = label.trim();
        const doc = get().doc;
        if (!value || !doc || get().readOnly) return null;
        const existing = Object.values(doc.tags).find(
          (tag) => tag.attribute === attribute && normaliseName(tag.label) === normaliseName(value),
        );
        if (existing) return existing.id;
        const id = `${CUSTOM_PREFIX}${newId()}`;
        commit((d, now) => {
          d.tags[id] = { id, attribute, label: value, updatedAt: now };
        });
        return id;
      },

      acknowledge: (findingKey, reason) => {
        const value = reason.trim();
        if (get().doc?.acknowledgements[findingKey]?.reason === value) return;
        commit((doc, now) => {
          doc.acknowledgements[findingKey] = { id: findingKey, reason: value, updatedAt: now };
        });
      },
      unacknowledge: (findingKey) => {
        if (!get().doc?.acknowledgements[findingKey]) return;
        commit((doc) => {
          delete doc.acknowledgements[findingKey];
        });
      },

      select: (id) =>
        set((s) => {
          s.selectedId = id;
        }),
      highlight: (ids) =>
        set((s) => {
          s.highlighted = ids.length ? ids.slice() : EMPTY;
        }),

      undo: () => {
        const { doc, history, readOnly } = get();
        const previous = history.past[history.past.length - 1];
        if (!doc || !previous || readOnly) return;
        set((s) => {
          s.history = castDraft({ past: history.past.slice(0, -1), future: [...history.future, doc] });
          s.doc = castDraft(previous);
          if (s.selectedId && !previous.partners[s.selectedId]) s.selectedId = null;
        });
      },
      redo: () => {
        const { doc, history, readOnly } = get();
        const next = history.future[history.future.length - 1];
        if (!doc || !next || readOnly) return;
        set((s) => {
          s.history = castDraft({ past: [...history.past, doc], future: history.future.slice(0, -1) });
          s.doc = castDraft(next);
          if (s.selectedId && !next.partners[s.selectedId]) s.selectedId = null;
        });
      },

      setDropRing: (ring) => {
        if (get().dropRing !== ring)
          set((s) => {
            s.dropRing = ring;
          });
      },
      setNotice: (notice) =>
        set((s) => {
          s.notice = notice;
        }),
      setSaveStatus: (status) =>
        set((s) => {
          s.save = status;
        }),
    };
  }),
);

