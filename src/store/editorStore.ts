/**
 * The one store: the open arena document, its undo history, the selection and the save status.
 * Every change of the document goes through `commit`, which records one undo step and stamps
 * `updatedAt` on the records it touched; autosave watches `doc` and nothing else.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { castDraft, enablePatches, produceWithPatches, type Draft } from 'immer';
export type { Draft };
import type { Arena, Partner, PartnerInput } from '../domain/arena';
import { checkName, createPartner, normaliseName, type NameError } from '../domain/arena';
import type { Attribute } from '../domain/vocabularies';
import { CUSTOM_PREFIX } from '../domain/vocabularies';
import { freeAngle, placementOf, pointInRing, ringOf, type Point, type Ring } from '../domain/rings';
import { newId } from '../domain/ids';
import type { KnownPartner } from '../domain/partnerDirectory';
import { emptyHistory, record, type History } from './history';
import type { SaveFailure } from '../persistence/errors';
import { carryOrders } from './carryOrders';

enablePatches();

export type SaveStatus = { status: 'saved' } | { status: 'saving' } | { status: 'error'; reason: SaveFailure };

export interface EditorState {
  doc: Arena | null;
  /** True while another tab edits this arena: the map follows the database and cannot be changed here. */
  readOnly: boolean;
  history: History;
  /** The partner the inspector shows. */
  selectedId: string | null;
  /** Every selected partner (select all, shift-click); includes selectedId when set. */
  selection: string[];
  /** Partners a warning points at (hover or click in the warnings panel). */
  highlighted: string[];
  save: SaveStatus;
  /** The ring under a partner being dragged, so the map can light it up (UI only, not a step). */
  dropRing: Ring | null;
  /** Presentation mode: panels hidden, large labels; `presentStep` reveals the rings one by one (0 = all). */
  presenting: boolean;
  presentStep: number;
  /** Open UI surfaces that shortcuts can open too. */
  addOpen: boolean;
  helpOpen: boolean;
  /** Bumped to move the focus to the partner search. */
  searchRequest: number;
  /** The map shows only this action's partners (null: all). */
  actionFilter: string | null;
  /** Which tab of the analysis panel is open. */
  sideTab: SideTab;
  /** A message for the whole app, such as why an import failed. */
  notice: string | null;
  /** A clock that tests can replace. */
  now: () => string;

  /**
   * Applies a change to the document as one undo step (stamping updatedAt). Feature modules in store/
   * build their actions on it; components call those actions, never this directly.
   */
  commit(recipe: (doc: Draft<Arena>, now: string) => void): boolean;
  /**
   * Runs `change` (which commits through the usual actions) as part of typing in one field: every commit
   * made while typing in the same field, until `endTyping`, is one undo step together.
   */
  typing<T>(field: string, change: () => T): T;
  /** The field was left (or Enter pressed): the next typing there is a new undo step. */
  endTyping(field: string): void;
  /** Escape: takes back what typing in this field put in the document, leaving no undo step. */
  cancelTyping(field: string): void;
  /** Runs several actions as one gesture: whatever they commit is one undo step. */
  together<T>(change: () => T): T;
  /** Opens a document: a fresh session (history, selection), unless `keepSelection` (a read-only view that
   * becomes the editor keeps what the person had selected). */
  hydrate(doc: Arena, options?: { readOnly?: boolean; keepSelection?: boolean }): void;
  /** A newer stored version arrived (read-only view): show it, keep the selection where it still exists. */
  refresh(doc: Arena): void;
  close(): void;
  setTitle(title: string): void;
  setGoal(goal: string): void;
  addPartner(input: PartnerInput): { ok: true; id: string } | { ok: false; error: NameError | 'duplicate' };
  /** Refuses a name another partner of the arena already has (as addPartner does). */
  updatePartner(id: string, patch: Partial<Pick<Partner, 'name' | 'type' | 'notes'>>): { ok: true } | { ok: false; error: NameError | 'duplicate' };
  movePartner(id: string, position: Point): void;
  /** Several partners moved in one gesture: one undo step. */
  movePartners(moves: readonly { id: string; position: Point }[]): void;
  setRing(id: string, ring: Ring | 'unplaced'): void;
  deletePartner(id: string): void;
  toggleTag(id: string, attribute: 'expertise' | 'perspective', key: string): void;
  setMainExpertise(id: string, key: string): void;
  setStyle(id: string, key: string | null): void;
  addCustomTag(attribute: Attribute, label: string): string | null;
  acknowledge(findingKey: string, reason: string): void;
  unacknowledge(findingKey: string): void;
  select(id: string | null): void;
  selectAll(): void;
  /** Adds several names at once (a pasted list) as one undo step; names already in the arena are skipped. */
  addPartners(names: readonly string[]): { added: string[]; duplicates: string[]; invalid: number };
  /** Adds a partner known from another arena, with its tags. */
  addKnownPartner(known: KnownPartner): { ok: true; id: string } | { ok: false; error: NameError | 'duplicate' };
  deletePartners(ids: readonly string[]): void;
  duplicatePartner(id: string, copyName: (name: string) => string): string | null;
  highlight(ids: readonly string[]): void;
  undo(): void;
  redo(): void;
  setSaveStatus(status: SaveStatus): void;
  setDropRing(ring: Ring | null): void;
  setNotice(notice: string | null): void;
  setPresenting(presenting: boolean): void;
  setPresentStep(step: number): void;
  setAddOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  requestSearch(): void;
  setActionFilter(id: string | null): void;
  setSideTab(tab: SideTab): void;
}

export type SideTab = 'warnings' | 'goal' | 'actions' | 'team';

const EMPTY: string[] = [];

/** The per-arena UI state, as it is when an arena is opened or closed. */
function freshSession() {
  return {
    history: emptyHistory(),
    selectedId: null,
    selection: EMPTY,
    highlighted: EMPTY,
    addOpen: false,
    presenting: false,
    actionFilter: null,
  };
}

/** A valid name that no other partner of the arena has (case, accents and spacing ignored). */
function newName(doc: Arena, raw: string, exceptId?: string): { ok: true; value: string } | { ok: false; error: NameError | 'duplicate' } {
  const check = checkName(raw);
  if (!check.ok) return check;
  const wanted = normaliseName(check.value);
  if (Object.values(doc.partners).some((p) => p.id !== exceptId && normaliseName(p.name) === wanted)) return { ok: false, error: 'duplicate' };
  return check;
}

export const useEditorStore = create<EditorState>()(
  immer((set, get) => {
    /** The field whose typing the commits under way belong to (set only inside `typing`). */
    let typingIn: string | null = null;
    /** The field whose typing made the newest undo step, while that step may still grow. */
    let openStep: string | null = null;
    let gestures = 0;

    /** Applies a recipe to the document as one undo step. Returns false when there is no document. */
    const commit = (recipe: (doc: Draft<Arena>, now: string) => void): boolean => {
      const before = get().doc;
      if (!before || get().readOnly) return false;
      const now = get().now();
      const [after, patches] = produceWithPatches(before, (doc) => {
        recipe(doc, now);
        doc.updatedAt = now;
      });
      carryOrders(before, after, patches);
      const grows = typingIn !== null && openStep === typingIn && get().history.past.length > 0;
      set((s) => {
        s.doc = castDraft(after);
        if (!grows) s.history = castDraft(record(s.history as History, before));
      });
      openStep = typingIn;
      return true;
    };
    const touchPartner = (doc: Draft<Arena>, id: string, now: string, change: (p: Draft<Partner>) => void) => {
      const p = doc.partners[id];
      if (!p) return;
      change(p);
      p.updatedAt = now;
    };

    return {
      commit,
      typing: (field, change) => {
        const outer = typingIn;
        typingIn = field;
        try {
          return change();
        } finally {
          typingIn = outer;
        }
      },
      together: (change) => {
        const key = `together:${++gestures}`;
        try {
          return get().typing(key, change);
        } finally {
          get().endTyping(key);
        }
      },
      endTyping: (field) => {
        if (openStep === field) openStep = null;
      },
      cancelTyping: (field) => {
        if (openStep !== field) return;
        openStep = null;
        const { history } = get();
        const before = history.past[history.past.length - 1];
        if (!before) return;
        set((s) => {
          s.doc = castDraft(before);
          s.history = castDraft({ past: history.past.slice(0, -1), future: history.future });
        });
      },
      doc: null,
      readOnly: false,
      history: emptyHistory(),
      selectedId: null,
      selection: EMPTY,
      highlighted: EMPTY,
      save: { status: 'saved' },
      dropRing: null,
      notice: null,
      presenting: false,
      presentStep: 0,
      addOpen: false,
      helpOpen: false,
      searchRequest: 0,
      actionFilter: null,
      sideTab: 'warnings',
      now: () => new Date().toISOString(),

      hydrate: (doc, options) =>
        set((s) => {
          openStep = null;
          const kept = options?.keepSelection && s.doc?.id === doc.id ? { selectedId: s.selectedId, selection: s.selection } : null;
          Object.assign(s, freshSession());
          if (kept) {
            s.selectedId = kept.selectedId && doc.partners[kept.selectedId] ? kept.selectedId : null;
            s.selection = kept.selection.filter((id) => doc.partners[id]);
          }
          s.doc = castDraft(doc);
          s.readOnly = options?.readOnly ?? false;
          s.save = { status: 'saved' };
        }),
      refresh: (doc) =>
        set((s) => {
          s.doc = castDraft(doc);
          if (s.selectedId && !doc.partners[s.selectedId]) s.selectedId = null;
          s.selection = s.selection.filter((id) => doc.partners[id]);
        }),
      close: () =>
        set((s) => {
          openStep = null;
          Object.assign(s, freshSession());
          s.doc = null;
          s.readOnly = false;
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
        const doc = get().doc;
        if (!doc || get().readOnly) return { ok: false, error: 'empty' };
        const check = newName(doc, input.name);
        if (!check.ok) return check;
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
          const check = newName(doc, next.name, id);
          if (!check.ok) return check;
          next.name = check.value;
        }
        if (next.type !== undefined) next.type = next.type.trim();
        const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== current[k]);
        if (changed) commit((d, now) => touchPartner(d, id, now, (p) => Object.assign(p, next)));
        return { ok: true };
      },

      movePartners: (moves) => {
        const doc = get().doc;
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
        });
      },

      movePartner: (id, position) => get().movePartners([{ id, position }]),

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

      deletePartner: (id) => get().deletePartners([id]),

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
          s.selection = id ? [id] : EMPTY;
        }),
      selectAll: () =>
        set((s) => {
          const ids = Object.values(s.doc?.partners ?? {})
            .filter((p) => p.position)
            .map((p) => p.id);
          s.selection = ids;
          if (s.selectedId && !ids.includes(s.selectedId)) s.selectedId = null;
        }),

      addPartners: (names) => {
        const doc = get().doc;
        const result = { added: [] as string[], duplicates: [] as string[], invalid: 0 };
        if (!doc || get().readOnly) return result;
        const taken = new Set(Object.values(doc.partners).map((p) => normaliseName(p.name)));
        const partners: Partner[] = [];
        const now = get().now();
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
          partners.push(createPartner({ name: check.value }, stamp));
        }
        if (partners.length) {
          commit((d) => {
            for (const p of partners) d.partners[p.id] = castDraft(p);
          });
        }
        result.added = partners.map((p) => p.id);
        return result;
      },

      addKnownPartner: (known) => {
        const doc = get().doc;
        if (!doc || get().readOnly) return { ok: false, error: 'empty' };
        const check = newName(doc, known.name);
        if (!check.ok) return check;
        const partner = createPartner({ name: check.value, type: known.type }, get().now());
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
      },

      deletePartners: (ids) => {
        const doc = get().doc;
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
        });
        set((s) => {
          if (s.selectedId && present.includes(s.selectedId)) s.selectedId = null;
          s.selection = s.selection.filter((id) => !present.includes(id));
        });
      },

      duplicatePartner: (id, copyName) => {
        const doc = get().doc;
        const source = doc?.partners[id];
        if (!doc || !source || get().readOnly) return null;
        const taken = new Set(Object.values(doc.partners).map((p) => normaliseName(p.name)));
        let name = copyName(source.name);
        for (let n = 2; taken.has(normaliseName(name)); n++) name = `${copyName(source.name)} ${n}`;
        const now = get().now();
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
        set((s) => {
          s.selectedId = copy.id;
          s.selection = [copy.id];
        });
        return copy.id;
      },
      highlight: (ids) =>
        set((s) => {
          s.highlighted = ids.length ? ids.slice() : EMPTY;
        }),

      undo: () => {
        const { doc, history, readOnly } = get();
        const previous = history.past[history.past.length - 1];
        if (!doc || !previous || readOnly) return;
        openStep = null;
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
        openStep = null;
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
      setPresenting: (presenting) =>
        set((s) => {
          s.presenting = presenting;
          s.presentStep = 0;
        }),
      setPresentStep: (step) => set({ presentStep: step }),
      setAddOpen: (open) => set({ addOpen: open }),
      setHelpOpen: (open) => set({ helpOpen: open }),
      setActionFilter: (id) => set({ actionFilter: id }),
      setSideTab: (tab) => set({ sideTab: tab }),
      requestSearch: () =>
        set((s) => {
          s.searchRequest++;
        }),
      setNotice: (notice) => set({ notice: notice }),
      setSaveStatus: (status) => set({ save: status }),
    };
  }),
);

