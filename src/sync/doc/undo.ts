/**
 * Personal undo on a shared arena: Ctrl+Z takes back *my* last gesture, never a colleague's. A
 * Y.UndoManager over every root type except `migrations` and `workshop`, tracking only LOCAL_ORIGIN, captures my
 * transactions into one step until the caller starts the next gesture (`beginGesture`, at the same
 * boundaries as the store's `typing`/`together` steps).
 *
 * Two things Y.UndoManager does not do by itself:
 * - When someone else has since overwritten everything my last step wrote, Yjs cannot take that step back
 *   and silently goes on to undo my step before it (UndoManager popStackItem loops while nothing changed).
 *   Here a press pops exactly one step (the stack is cut to that step while it is undone) and says
 *   `changedElsewhere` when nothing could be taken back.
 *   A step counts as taken back only when something a person sees changed back: restoring a record's
 *   `updatedAt` or `editId` (or the arena's `updatedAt`) alone, because a colleague has since overwritten
 *   the rest, is `changedElsewhere` too.
 * - Undoing the addition of a record would delete its map outright, and with it whatever others have
 *   written into it since. Records are never deleted that way (layout.ts): the undo writes a tombstone
 *   instead (`deleteFilter` keeps the map and its fields), and redo removes the tombstone.
 */
import * as Y from 'yjs';
import { RECORD_COLLECTIONS } from '../../domain/records';
import { tombstone } from './encode';
import { EDIT_ID, LOCAL_ORIGIN, MIGRATIONS, ROOT_NAMES, WORKSHOP, roots, type AnyType } from './layout';

export type UndoOutcome = 'undone' | 'nothing' | 'changedElsewhere';

export interface PersonalUndo {
  /** Ends the step under way: what is written from now on is a new step. Call it when a gesture starts. */
  beginGesture(): void;
  /** Takes back my last step (only that one). */
  undo(): UndoOutcome;
  /** Puts back the step taken back last. */
  redo(): UndoOutcome;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Called whenever canUndo/canRedo may have changed; gives a function that stops the calls. */
  onChange(listener: () => void): () => void;
  /** Forgets every step (e.g. when the arena is closed). */
  clear(): void;
  destroy(): void;
}

export interface PersonalUndoOptions {
  /** Steps kept (the oldest is forgotten beyond it). */
  limit?: number;
}

/** At least as many steps as an arena that is not shared keeps (store/history.ts HISTORY_LIMIT). */
const DEFAULT_LIMIT = 200;

export function createPersonalUndo(ydoc: Y.Doc, options: PersonalUndoOptions = {}): PersonalUndo {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const r = roots(ydoc);
  const collections = new Set<AnyType>(RECORD_COLLECTIONS.map((c) => r[c]));
  // The workshop map mirrors the server's lock and mode: an undo must not unlock the map.
  const scope = ROOT_NAMES.filter((name) => name !== MIGRATIONS && name !== WORKSHOP).map((name) => r[name]);

  /** The step being undone or redone, and the records whose addition it takes back (tombstoned instead). */
  let popping: Y.UndoManager['undoStack'][number] | null = null;
  const tombstoned = new Set<Y.Map<unknown>>();

  const um = new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    // One step per gesture: steps are cut by beginGesture, never by time.
    captureTimeout: Number.POSITIVE_INFINITY,
    deleteFilter: (item) => {
      if (!popping) return true;
      const record = recordOf(item, collections);
      if (!record || !(record.item === item || Y.isDeleted(popping.insertions, record.item.id))) return true;
      // Taking back the addition of a record: tombstone it, keep its map and fields.
      if (!tombstoned.has(record.map)) {
        tombstoned.add(record.map);
        tombstone(record.map);
      }
      return false;
    },
  });

  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  // While a step is popped the stacks are cut short: listeners hear of it once, when they are whole again.
  const notifyWhole = () => {
    if (!popping) notify();
  };
  const trim = () => {
    if (um.undoStack.length > limit) um.undoStack.splice(0, um.undoStack.length - limit);
  };
  um.on('stack-item-added', () => {
    trim();
    notifyWhole();
  });
  um.on('stack-item-popped', notifyWhole);
  um.on('stack-cleared', notifyWhole);

  function pop(kind: 'undo' | 'redo'): UndoOutcome {
    const stack = kind === 'undo' ? um.undoStack : um.redoStack;
    const top = stack[stack.length - 1];
    if (!top) return 'nothing';
    const rest = stack.slice(0, -1);
    // Yjs pops on while a step changes nothing; with one step on the stack it pops that one only.
    if (kind === 'undo') um.undoStack = [top];
    else um.redoStack = [top];
    popping = top;
    tombstoned.clear();
    let visible = false;
    const watch = (tr: Y.Transaction) => {
      if (tr.origin !== um) return;
      for (const [type, keys] of tr.changed) visible ||= isVisible(type, keys);
    };
    ydoc.on('afterTransaction', watch);
    try {
      if (kind === 'undo') um.undo();
      else um.redo();
    } finally {
      ydoc.off('afterTransaction', watch);
      popping = null;
      if (kind === 'undo') um.undoStack = [...rest, ...um.undoStack.filter((item) => item !== top)];
      else um.redoStack = [...rest, ...um.redoStack.filter((item) => item !== top)];
    }
    tombstoned.clear();
    notify();
    return visible ? 'undone' : 'changedElsewhere';
  }

  /** Whether a change of these keys of this type is more than bookkeeping (edit ids, times of the last change). */
  function isVisible(type: AnyType, keys: ReadonlySet<string | null>): boolean {
    const inRecord = type._item !== null && collections.has(type._item.parent as AnyType);
    const stamped = inRecord || type === r.meta || type === r.strategic || type === r.governance;
    if (!stamped) return true;
    for (const key of keys) if (key !== 'updatedAt' && !(inRecord && key === EDIT_ID)) return true;
    return false;
  }

  return {
    beginGesture: () => um.stopCapturing(),
    undo: () => pop('undo'),
    redo: () => pop('redo'),
    canUndo: () => um.canUndo(),
    canRedo: () => um.canRedo(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => um.clear(),
    destroy() {
      listeners.clear();
      um.destroy();
    },
  };
}

/** The record (its map, and the item that holds the map in its collection) an item is part of. */
function recordOf(item: Y.Item, collections: ReadonlySet<AnyType>): { item: Y.Item; map: Y.Map<unknown> } | null {
  let current: Y.Item | null = item;
  while (current) {
    const parent = current.parent as AnyType;
    if (collections.has(parent)) {
      const content = current.content;
      return content instanceof Y.ContentType && content.type instanceof Y.Map ? { item: current, map: content.type as Y.Map<unknown> } : null;
    }
    current = parent._item;
  }
  return null;
}
