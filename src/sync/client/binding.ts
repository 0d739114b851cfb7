/**
 * Puts a shared arena's Y.Doc behind the document store. The store keeps its plain Arena (everything that
 * draws and analyses reads it); this binding writes each commit into the Y.Doc as the changed fields of the
 * changed records, and reads back what changes elsewhere (another device, another tab, an undo) record by
 * record, so a remote move re-renders one node, not the map.
 *
 * Team members are personal: a member added here stays on this device (and in its snapshot) unless its
 * owner shares it, so the Y.Doc only ever gets the team members it already holds.
 *
 * A workshop participant's commits are checked first (permissions.ts): one the server would refuse is not
 * written, and the store is set back to the document. A participant never writes the arena's `updatedAt`
 * (it is the arena's, not a partner's; the server lets a participant write partners only).
 */
import type * as Y from 'yjs';
import type { Patch } from 'immer';
import type { Arena, TeamMember } from '../../domain/arena';
import { linkDocument, linkedHistoryChanged, useDocumentStore, type DocumentLink } from '../../store/documentStore';
import { createArenaReader, type ArenaRead } from '../doc/read';
import { shareRecord, writeChanges } from '../doc/write';
import { createPersonalUndo } from '../doc/undo';
import { LOCAL_ORIGIN, PLACEMENT_ORIGIN, roots } from '../doc/layout';
import { mayWrite, type ParticipantContext } from './permissions';
import { whenNotDragging } from '../../store/heldWhileDragging';

export interface Binding {
  /** Puts a team member's roles self-check in the shared document (its owner chose to share it). */
  shareMember(id: string): void;
  /** The team members whose answers are in the shared document. */
  sharedMembers(): ReadonlySet<string>;
  /** The arena as the Y.Doc holds it now, with this device's own team members. */
  current(): ArenaRead;
  /** Members of the team kept on this device only. */
  localTeam(): Record<string, TeamMember>;
  dispose(): void;
}

export interface BindOptions {
  readOnly: boolean;
  /** This device's team members that are not in the Y.Doc (from the snapshot it wrote last). */
  localTeam: Record<string, TeamMember>;
  /** Every read after a change from elsewhere (and the first), for the merge report. */
  onRead(read: ArenaRead, sharedMembers: ReadonlySet<string>): void;
  /** A workshop participant's identity and limits now; null (or absent) for an editor. */
  participant?: () => ParticipantContext | null;
}

export function bindDocument(ydoc: Y.Doc, options: BindOptions): Binding {
  const reader = createArenaReader(ydoc);
  const undo = createPersonalUndo(ydoc);
  const sharedTeam = roots(ydoc).team;
  let localTeam: Record<string, TeamMember> = { ...options.localTeam };
  for (const id of sharedTeam.keys()) delete localTeam[id];

  const read = () => reader.read({ team: localTeam });
  let last = read();
  options.onRead(last, new Set(sharedTeam.keys()));
  useDocumentStore.getState().hydrate(last.arena, { readOnly: options.readOnly || last.tooNew });

  /** Team members the commit touched that are not in the Y.Doc stay here. */
  const keepLocalTeam = (after: Arena) => {
    const next: Record<string, TeamMember> = {};
    for (const [id, member] of Object.entries(after.team)) if (!sharedTeam.has(id)) next[id] = member;
    localTeam = next;
  };

  const mayUndo = () => {
    const participant = options.participant?.();
    return !participant || (!participant.locked && participant.mode !== 'add');
  };
  const link: DocumentLink = {
    commit(before, after, patches: readonly Patch[], newStep, undoable) {
      const participant = options.participant?.() ?? null;
      if (participant && !mayWrite(before, after, participant)) {
        // The store takes `after` once this returns: it is set back to the document just after.
        queueMicrotask(() => {
          last = read();
          const store = useDocumentStore.getState();
          if (store.doc && store.doc.id === last.arena.id && store.doc !== last.arena) store.refresh(last.arena);
        });
        return;
      }
      if (newStep) undo.beginGesture();
      keepLocalTeam(after);
      // Team members not in the Y.Doc are personal: writeChanges leaves them out.
      writeChanges(ydoc, before, participant ? { ...after, updatedAt: before.updatedAt } : after, patches, { origin: undoable ? LOCAL_ORIGIN : PLACEMENT_ORIGIN });
    },
    // A participant's undo of an add deletes a partner: not in mode *add*, and nothing while locked.
    undo: () => (mayUndo() ? undo.undo() : 'nothing'),
    redo: () => (mayUndo() ? undo.redo() : 'nothing'),
    canUndo: () => mayUndo() && undo.canUndo(),
    canRedo: () => mayUndo() && undo.canRedo(),
  };
  if (!options.readOnly) linkDocument(link);
  const stopListening = undo.onChange(() => linkedHistoryChanged());

  /** Reads what changed in the Y.Doc and shows it. */
  let disposed = false;
  const pull = () => {
    if (disposed) return;
    last = read();
    options.onRead(last, new Set(sharedTeam.keys()));
    const store = useDocumentStore.getState();
    if (!store.doc || store.doc.id !== last.arena.id) return;
    if (store.doc !== last.arena) store.refresh(last.arena);
    if (last.tooNew && !store.readOnly) useDocumentStore.setState({ readOnly: true });
  };
  const onAfterTransaction = (tr: Y.Transaction) => {
    // This tab's own edits are in the store already; everything else (other devices and tabs, undo) is read,
    // at once, or when this device's drag lets it (heldWhileDragging.ts).
    if (tr.origin !== LOCAL_ORIGIN && tr.origin !== PLACEMENT_ORIGIN) whenNotDragging(pull, `document:${ydoc.guid}`);
  };
  ydoc.on('afterTransaction', onAfterTransaction);

  return {
    shareMember(id) {
      const member = useDocumentStore.getState().doc?.team[id];
      if (!member || sharedTeam.has(id) || options.readOnly) return;
      undo.beginGesture();
      shareRecord(ydoc, 'team', member);
      const { [id]: _shared, ...rest } = localTeam;
      localTeam = rest;
      pull();
    },
    sharedMembers: () => new Set(sharedTeam.keys()),
    current: () => (last = read()),
    localTeam: () => localTeam,
    dispose() {
      disposed = true;
      ydoc.off('afterTransaction', onAfterTransaction);
      stopListening();
      linkDocument(null);
      undo.destroy();
      reader.dispose();
    },
  };
}
