/**
 * Presence over the provider's awareness (never in the Y.Doc). This device publishes who it is
 * (`user: { name, colour }`: the name from "Your name in this workshop"; the colour from the palette by a
 * hash of its client id, or the next one nobody here has yet, chosen once on arrival and then kept, so a
 * small group gets different colours), the partner it drags and where, and the partner selected in its
 * inspector (`editing`). All of it goes out in one awareness message at most every 50 ms (20 a second, well under
 * the server's 60 messages a second per connection, whatever the person does).
 *
 * From the others it fills the presence store: who is here, which partners they drag or edit, and the
 * partners someone else has just added (for a few seconds), named by the partner's `addedBy` or else by
 * the awareness of the device that created it.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { clearPresence, usePresenceStore, type Person } from '../../store/presenceStore';
import { whenNotDragging } from '../../store/heldWhileDragging';
import { usePreferencesStore } from '../../store/preferencesStore';
import { useSessionStore } from '../../store/sessionStore';
import { useDocumentStore } from '../../store/documentStore';
import { useSyncStore } from '../../store/syncStore';
import { cleanName, colourFor, freeColour, personOf, readPeople, type PeopleRead } from './people';

const SEND_EVERY_MS = 50;
/** Alone this long after catching up with the server, a device keeps its colour whoever comes later. */
const COLOUR_SETTLES_MS = 1000;
/** How long a partner someone else added stays lit. */
export const ARRIVAL_MS = 4000;

interface LocalState {
  user: { name: string; colour: string };
  dragging: { id: string; x: number; y: number } | null;
  editing: string | null;
}

/** A participant's first name (given when joining), else this browser's "Your name in this workshop". */
function myName(): string {
  return cleanName(useSyncStore.getState().me?.name ?? usePreferencesStore.getState().workshopName);
}

export function startPresence(provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness;
  if (!awareness) return () => {};
  const ydoc = provider.document;
  let colour = colourFor(awareness.clientID);
  // What this person has open in the inspector, when they can change it (a view link only looks).
  const editing = () => (useDocumentStore.getState().readOnly ? null : useSessionStore.getState().selectedId);

  // What this device tells the others: the whole local state in one message, at most every 50 ms.
  const local: LocalState = {
    user: { name: myName(), colour },
    dragging: null,
    editing: editing(),
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    timer = null;
    awareness.setLocalState({ ...(awareness.getLocalState() ?? {}), ...local });
  };
  const schedule = (restart = false) => {
    if (restart && timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!timer) timer = setTimeout(send, SEND_EVERY_MS);
  };
  send();

  usePresenceStore.getState().set({
    publish: (drag) => {
      local.dragging = drag ? { id: drag.id, x: drag.position.x, y: drag.position.y } : null;
      // The end of a drag goes after the move itself (the same socket, in order), so no one sees the
      // partner jump back for a moment.
      schedule(!drag);
    },
  });
  const rename = () => {
    local.user = { name: myName(), colour };
    schedule();
  };
  const stopPreferredName = usePreferencesStore.subscribe((state, prev) => {
    if (state.workshopName !== prev.workshopName) rename();
  });
  // A participant names itself when it joins: that is its name here.
  const stopParticipantName = useSyncStore.subscribe((state, prev) => {
    if (state.me?.name !== prev.me?.name) rename();
  });
  const stopName = () => {
    stopPreferredName();
    stopParticipantName();
  };
  const editingChanged = () => {
    const next = editing();
    if (next === local.editing) return;
    local.editing = next;
    schedule();
  };
  const stopSelection = useSessionStore.subscribe((state, prev) => state.selectedId !== prev.selectedId && editingChanged());
  const stopReadOnly = useDocumentStore.subscribe((state, prev) => state.readOnly !== prev.readOnly && editingChanged());

  // The colour is chosen once, on arrival: the first time others are seen (the one who arrives picks one
  // nobody has), or after a moment alone once caught up (then the ones who come later pick around it).
  let colourSettled = false;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  const settleColour = () => {
    if (colourSettled) return;
    colourSettled = true;
    if (settleTimer) clearTimeout(settleTimer);
    const taken = new Set<string>();
    for (const [client, state] of awareness.getStates()) if (client !== awareness.clientID) taken.add(personOf(client, state).colour);
    const free = freeColour(awareness.clientID, taken);
    if (free === colour) return;
    colour = free;
    local.user = { ...local.user, colour };
    schedule();
  };
  const onSynced = () => {
    if (!colourSettled && !settleTimer) settleTimer = setTimeout(settleColour, COLOUR_SETTLES_MS);
  };
  if (provider.isSynced) onSynced();
  else provider.on('synced', onSynced);

  // What the others are doing.
  let read: PeopleRead | undefined;
  const onChange = () => {
    if (!colourSettled && awareness.getStates().size > 1) settleColour();
    read = readPeople(awareness.getStates(), awareness.clientID, read);
    const store = usePresenceStore.getState();
    if (store.people === read.people && store.activity === read.activity && store.remoteDrags === read.drags) return;
    store.set({ people: read.people, activity: read.activity, remoteDrags: read.drags });
  };
  // Drawn when this device's drag lets it (heldWhileDragging.ts): each change re-renders the map.
  let stopped = false;
  const onAwareness = () => whenNotDragging(() => !stopped && onChange(), `presence:${awareness.clientID}`);
  awareness.on('change', onAwareness);
  onChange();

  const stopArrivals = watchArrivals(provider, ydoc, (clientId) => {
    const state = awareness.getStates().get(clientId);
    return state ? personOf(clientId, state) : null;
  });

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (settleTimer) clearTimeout(settleTimer);
    provider.off('synced', onSynced);
    awareness.off('change', onAwareness);
    stopName();
    stopSelection();
    stopReadOnly();
    stopArrivals();
    awareness.setLocalState({ ...(awareness.getLocalState() ?? {}), dragging: null, editing: null });
    clearPresence();
  };
}

/**
 * Partners added on another device, once this one has caught up with the server (what it receives on
 * joining is not news): lit for ARRIVAL_MS with who added them.
 */
function watchArrivals(provider: HocuspocusProvider, ydoc: Y.Doc, personOfClient: (clientId: number) => Person | null): () => void {
  const partners = ydoc.getMap('partners');
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.transaction.local || !provider.isSynced) return;
    const added: [string, Person | null][] = [];
    for (const [id, change] of event.changes.keys) {
      if (change.action !== 'add') continue;
      const record = partners.get(id);
      if (!(record instanceof Y.Map)) continue;
      added.push([id, whoAdded(record, personOfClient(record._item?.id.client ?? -1))]);
    }
    if (!added.length) return;
    // Lit when the partner is drawn (after this device's drag, heldWhileDragging.ts), for ARRIVAL_MS from then.
    whenNotDragging(() => {
      if (stopped) return;
      const next = new Map(usePresenceStore.getState().arrivals);
      for (const [id, person] of added) next.set(id, person);
      usePresenceStore.getState().set({ arrivals: next });
      const timer = setTimeout(() => {
        timers.delete(timer);
        whenNotDragging(() => {
          if (stopped) return;
          const now = new Map(usePresenceStore.getState().arrivals);
          for (const [id, person] of added) if (now.get(id) === person) now.delete(id);
          usePresenceStore.getState().set({ arrivals: now });
        });
      }, ARRIVAL_MS);
      timers.add(timer);
    });
  };
  partners.observe(observer);
  return () => {
    stopped = true;
    partners.unobserve(observer);
    for (const timer of timers) clearTimeout(timer);
  };
}

/**
 * Who added a partner: the device that created its record, if it is here (its colour, as in the header),
 * named by the record's `addedBy` when it has one (what a participant typed when joining).
 */
function whoAdded(record: Y.Map<unknown>, creator: Person | null): Person | null {
  const addedBy = record.get('addedBy') as { id?: unknown; name?: unknown } | undefined;
  const name = cleanName(addedBy?.name);
  if (!name) return creator;
  if (creator) return { ...creator, name };
  // Not here (any more): a colour of its own, the same on every device (a hash of its id).
  const id = typeof addedBy?.id === 'string' ? addedBy.id : name;
  let hash = 0;
  for (const ch of id) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) | 0;
  return { name, colour: colourFor(hash), guest: 0 };
}
