/**
 * Opens a shared arena in this tab: its Y.Doc from IndexedDB (y-dexie), what the journal parked when a tab
 * closed, the shared-document migrations, the binding to the document store, and the connection to the
 * sync server. Writes the snapshot row (home list, overlap index, export) after each change, and says
 * "Saved on this device" once both the Y.Doc's updates and the snapshot are stored.
 *
 * Several tabs of one browser may open the same shared arena: each has its own Y.Doc instance, and y-dexie
 * brings each tab's updates to the others through the database.
 *
 * A live workshop: the session follows the document's `workshop` map (mode, lock, hidden warnings) for the
 * views, and a facilitator's session writes it. A participant's map turns read-only while it is locked, and
 * for good once the server refused it (the workshop ended, the map was locked while it was offline):
 * what it changed since stays on this device only.
 */
import * as Y from 'yjs';
import type { Arena, TeamMember } from '../../domain/arena';
import { getShare, loadArena, reinstateArena, saveSnapshot } from '../../persistence/repository';
import { closeSharedDoc, openSharedDoc, sharedWritesSettled } from '../../persistence/sharedDocs';
import { dropState, parkedEntry, parkState } from '../../persistence/yJournal';
import { teamMemberSchema } from '../../io/schema';
import { classifyError } from '../../persistence/errors';
import { useDocumentStore } from '../../store/documentStore';
import { useSyncStore, type MergeReport } from '../../store/syncStore';
import { flushDrafts } from '../../store/drafts';
import { bindDocument } from './binding';
import { connect, type Connection } from './connection';
import { startPresence } from './presence';
import { participantOf, rememberParticipant, tokenFor } from './identity';
import { readWorkshop, sameWorkshop, WORKSHOP_ROOT, type WorkshopState } from './workshopState';
import { migrateShared, SHARED_MIGRATIONS } from '../doc/migrate';
import type { ArenaRead } from '../doc/read';

export interface SharedSession {
  /** The arena was deleted from this device elsewhere (the home screen): its snapshot is no longer written. */
  pause(): void;
  /** Restored (its snapshot written again): snapshots follow the document again. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

export class SharedArenaMissing extends Error {
  constructor() {
    super('shared arena not stored on this device');
    this.name = 'SharedArenaMissing';
  }
}

/** Origin of the journal's re-applied state (not this person's gesture: never undone). */
const JOURNAL_ORIGIN = Symbol('arena:journal');
/** Origin of a facilitator's workshop settings (not an edit of the arena: never undone). */
const WORKSHOP_ORIGIN = Symbol('arena:workshop');
/**
 * The Y.Doc's updates are what is saved (y-dexie writes each at once): the header says *Saved on this
 * device* as soon as they have landed. The snapshot row (home list, overlap index, export) is a copy written
 * a moment later: at 500 partners it is a 12 ms write of the whole arena, too much for every remote move.
 */
const SETTLE_DELAY_MS = 50;
const SNAPSHOT_DELAY_MS = 1500;

function reportOf(read: ArenaRead): MergeReport {
  const names = (ids: readonly string[]) => ids.map((id) => read.arena.partners[id]?.name ?? id);
  const unreadable: Record<string, number> = {};
  for (const [part, count] of Object.entries(read.rejected)) if (count) unreadable[part] = count;
  return {
    unreadable,
    revived: names(read.revived),
    collisions: read.collisions.map((group) => read.arena.partners[group[0]!]?.name ?? ''),
    tooNew: read.tooNew,
  };
}

/** This device's own team members as the journal parked them, each checked like a file's (bad ones left out). */
function parkedTeam(personal: unknown): Record<string, TeamMember> {
  const team = (personal as { team?: unknown } | null | undefined)?.team;
  if (!team || typeof team !== 'object') return {};
  const out: Record<string, TeamMember> = {};
  for (const [key, value] of Object.entries(team)) {
    const checked = teamMemberSchema.safeParse(value);
    if (checked.success && checked.data.id === key && key !== '__proto__') out[key] = checked.data as TeamMember;
  }
  return out;
}

export async function openSharedArena(id: string): Promise<SharedSession> {
  const share = await getShare(id);
  if (!share) throw new SharedArenaMissing();
  const ydoc = await openSharedDoc(id, (error) => {
    useDocumentStore.getState().setSaveStatus({ status: 'error', reason: classifyError(error) });
  });
  if (!ydoc) throw new SharedArenaMissing();

  // A tab closed while its last updates were still being written: they come back (applying twice is harmless).
  const parkedJournal = parkedEntry(id);
  const parked = parkedJournal?.state ?? null;
  if (parked) {
    try {
      Y.applyUpdate(ydoc, parked, JOURNAL_ORIGIN);
    } catch {
      // A damaged entry is worth less than what is stored.
    }
  }
  migrateShared(ydoc, SHARED_MIGRATIONS);

  // This device's own team members (personal) live in its snapshot only.
  // The journal's copy is newer than the snapshot when the tab closed before the snapshot was written.
  const snapshot = await loadArena(id).catch(() => undefined);
  const localTeam: Record<string, TeamMember> = { ...(snapshot?.team ?? {}), ...parkedTeam(parkedJournal?.personal) };

  const participating = share.role === 'participant';
  // A participant who lost its stored name (cleared storage) keeps a new id; the view asks for the name.
  const me = participating ? (participantOf(share.room) ?? rememberParticipant(share.room, '')) : null;
  const workshopMap = ydoc.getMap<unknown>(WORKSHOP_ROOT);
  const sync = useSyncStore.getState();
  sync.set({ share, me, workshop: readWorkshop(workshopMap) });
  /** A participant the server refused (ended, locked while offline, not allowed): no more changes here. */
  const blocked = () => {
    const connection = useSyncStore.getState().connection;
    return participating && connection?.state === 'refused';
  };
  const binding = bindDocument(ydoc, {
    readOnly: share.role === 'view',
    localTeam,
    onRead: (read, sharedMembers) => useSyncStore.getState().set({ report: reportOf(read), sharedMembers }),
    participant: () => {
      if (!me) return null;
      const { workshop } = useSyncStore.getState();
      return { me: useSyncStore.getState().me ?? me, mode: workshop.mode, locked: workshop.locked || blocked() };
    },
  });
  let paused = false;
  /** Whether this tab may change the arena now. */
  const writable = () => share.role !== 'view' && !paused && !useSyncStore.getState().report.tooNew && !(participating && (useSyncStore.getState().workshop.locked || blocked()));
  const applyAccess = () => {
    const readOnly = !writable();
    if (useDocumentStore.getState().readOnly !== readOnly) useDocumentStore.setState({ readOnly });
  };
  const onWorkshop = () => {
    const next = readWorkshop(workshopMap);
    if (!sameWorkshop(next, useSyncStore.getState().workshop)) useSyncStore.getState().set({ workshop: next });
    if (participating) applyAccess();
  };
  workshopMap.observe(onWorkshop);
  if (participating) applyAccess();
  if (share.role === 'edit') {
    useSyncStore.getState().set({
      writeWorkshop: (patch: Partial<WorkshopState>) =>
        ydoc.transact(() => {
          for (const [key, value] of Object.entries(patch)) if (workshopMap.get(key) !== value) workshopMap.set(key, value);
        }, WORKSHOP_ORIGIN),
    });
  }
  useSyncStore.getState().set({ shareMember: (memberId) => binding.shareMember(memberId) });

  // The snapshot row follows the document.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let lastWritten: Arena | null = null;
  // (`paused`, above: deleted on this device meanwhile; writing the snapshot would bring it back.)
  const writeSnapshot = (doc = useDocumentStore.getState().doc): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    writing = writing.then(async () => {
      if (!doc || doc.id !== id || paused) return;
      try {
        await sharedWritesSettled();
        if (doc !== lastWritten) await saveSnapshot(doc);
        lastWritten = doc;
        dropState(id);
        const now = useDocumentStore.getState();
        if (now.doc === doc) now.setSaveStatus({ status: 'saved' });
      } catch (error) {
        useDocumentStore.getState().setSaveStatus({ status: 'error', reason: classifyError(error) });
      }
    });
    return writing;
  };
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  const settle = () => {
    settleTimer = null;
    const doc = useDocumentStore.getState().doc;
    sharedWritesSettled().then(
      () => {
        const now = useDocumentStore.getState();
        if (now.doc === doc && now.save.status === 'saving') now.setSaveStatus({ status: 'saved' });
      },
      (error: unknown) => useDocumentStore.getState().setSaveStatus({ status: 'error', reason: classifyError(error) }),
    );
  };
  const stopWatching = useDocumentStore.subscribe((state, prev) => {
    if (state.doc === prev.doc || !state.doc || state.doc.id !== id) return;
    if (state.save.status !== 'saving') state.setSaveStatus({ status: 'saving' });
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_DELAY_MS);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void writeSnapshot(), SNAPSHOT_DELAY_MS);
  });
  // Once at every opening: what arrived since the last snapshot (other devices, the journal) is in it.
  void writeSnapshot();

  const currentSecret = () => tokenFor(useSyncStore.getState().share ?? share);
  const connection: Connection = connect(ydoc, {
    room: share.room,
    secret: currentSecret,
    rotating: () => useSyncStore.getState().rotating,
    onState: (state) => {
      useSyncStore.getState().set({ connection: state });
      if (participating) applyAccess();
    },
  });
  useSyncStore.getState().set({ retry: () => connection.retry() });
  const stopPresence = startPresence(connection.provider);

  const park = () => {
    // What is being typed goes into the document (and so the Y.Doc) first.
    flushDrafts();
    parkState(id, Y.encodeStateAsUpdate(ydoc), { team: binding.localTeam() });
    void writeSnapshot();
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') park();
  };
  window.addEventListener('pagehide', park);
  document.addEventListener('visibilitychange', onHide);

  return {
    pause() {
      paused = true;
      useDocumentStore.setState({ readOnly: true });
    },
    async resume() {
      paused = false;
      applyAccess();
      const doc = useDocumentStore.getState().doc;
      if (doc?.id === id) await reinstateArena(doc).catch(() => saveSnapshot(doc));
      lastWritten = doc;
    },
    /** Call before the store closes: the last version of the document is taken at once. */
    async close() {
      window.removeEventListener('pagehide', park);
      document.removeEventListener('visibilitychange', onHide);
      flushDrafts();
      stopWatching();
      if (settleTimer) clearTimeout(settleTimer);
      const last = useDocumentStore.getState().doc;
      await writeSnapshot(last?.id === id ? last : null);
      stopPresence();
      workshopMap.unobserve(onWorkshop);
      connection.destroy();
      binding.dispose();
      closeSharedDoc(ydoc);
      useSyncStore.getState().reset();
    },
  };
}
