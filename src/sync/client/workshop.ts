/**
 * The facilitator's side of a live workshop: the participant link, the mode, the lock, hidden warnings and
 * the end of the session. Each change goes to the sync server first (it enforces the mode and the lock),
 * then into the shared document's `workshop` map, which every device shows; nothing changes when the
 * server refuses or cannot be reached. Hidden warnings are shown, not enforced: the document map only.
 *
 * A sync server without workshop support (404) gets the edit link with a name prompt as participant link
 * (links.ts): its participants can change everything, and the controls say so instead of acting.
 */
import type { StoredShare } from '../../persistence/db';
import { putShare } from '../../persistence/repository';
import { useSyncStore } from '../../store/syncStore';
import { participantLink } from './links';
import { workshopCall, type WorkshopChange, type WorkshopServerState } from './server';
import type { WorkshopState } from './workshopState';

export class WorkshopUnsupported extends Error {
  constructor() {
    super('the sync server has no workshop support');
    this.name = 'WorkshopUnsupported';
  }
}

/** Easy to read off a projector and type: no 0/o, 1/l; 12 characters, 60 random bits. */
const READABLE = 'abcdefghijkmnpqrstuvwxyz23456789';
export function newParticipantSecret(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += READABLE[b & 31];
  return out;
}

function editSecret(share: StoredShare): string {
  if (share.role !== 'edit' || !share.edit) throw new Error('only an edit link runs a workshop');
  return share.edit;
}

function mirror(state: WorkshopServerState | null, extra: Partial<WorkshopState> = {}): void {
  if (!state) return;
  useSyncStore.getState().writeWorkshop?.({ mode: state.mode, locked: state.locked, ...extra });
}

async function keepJoin(share: StoredShare, join: string | undefined): Promise<StoredShare> {
  const next: StoredShare = { ...share };
  if (join) next.join = join;
  else delete next.join;
  await putShare(next);
  useSyncStore.getState().set({ share: next });
  return next;
}

/**
 * The participant link to show: the open session's, or a new session's when none is open (or another
 * device of the facilitator opened one whose secret this device does not know: the server keeps only hashes).
 */
export async function openWorkshop(share: StoredShare, fresh = false): Promise<{ url: string; enforced: boolean }> {
  const edit = editSecret(share);
  const state = await workshopCall(share.room, edit, null);
  let link: { url: string; enforced: boolean };
  if (!state) {
    link = { url: participantLink(share, null)!, enforced: false };
  } else if (state.participants && share.join && !fresh) {
    link = { url: participantLink(share, share.join)!, enforced: true };
    mirror(state);
  } else {
    const join = newParticipantSecret();
    const opened = await workshopCall(share.room, edit, { participant: join });
    if (!opened) throw new WorkshopUnsupported();
    const next = await keepJoin(share, join);
    link = { url: participantLink(next, join)!, enforced: true };
    mirror(opened);
  }
  useSyncStore.getState().set({ workshopLink: link });
  return link;
}

async function change(share: StoredShare, body: WorkshopChange, extra?: Partial<WorkshopState>): Promise<void> {
  const state = await workshopCall(share.room, editSecret(share), body);
  if (!state) throw new WorkshopUnsupported();
  mirror(state, extra);
}

export function setWorkshopMode(share: StoredShare, mode: WorkshopState['mode']): Promise<void> {
  return change(share, { mode });
}

export function setWorkshopLocked(share: StoredShare, locked: boolean): Promise<void> {
  return change(share, { locked });
}

/** Shown, not enforced: participants' apps leave the warnings out while this is on. */
export function setWarningsHidden(hidden: boolean): void {
  useSyncStore.getState().writeWorkshop?.({ warningsHidden: hidden });
}

/**
 * A round: the question the phones show above their add form ("add the partners you work with"); null
 * ends it. Partners added during a round go to the list unplaced unless a participant picks a ring; the
 * facilitator places them.
 */
export function setRound(round: string | null): void {
  const text = round?.trim().slice(0, 200) ?? '';
  useSyncStore.getState().writeWorkshop?.({ round: text ? text : null });
}

/** Ends the session: every participant link stops working and participants' copies turn read-only. */
export async function endWorkshop(share: StoredShare): Promise<void> {
  const state = await workshopCall(share.room, editSecret(share), { participant: null });
  if (!state) throw new WorkshopUnsupported();
  mirror(state, { warningsHidden: false });
  await keepJoin(share, undefined);
  useSyncStore.getState().set({ workshopLink: null });
}
