/**
 * What a workshop participant may change, checked on this device before a change goes into the shared
 * document: the same rules the sync server enforces (issue 15), so a participant's app never sends what
 * the server would refuse (a refusal closes the connection, and the refused change would be sent again at
 * every reconnection). In mode *add* a participant adds partners (each carrying its `addedBy`) and
 * changes nothing else; in *own* it also changes and deletes the partners it added; in *all* it changes
 * anything an editor may. When the map is locked, nothing.
 */
import type { Arena, Partner } from '../../domain/arena';
import type { WorkshopMode } from './workshopState';

export interface ParticipantContext {
  me: { id: string };
  mode: WorkshopMode;
  locked: boolean;
}

/** Whether this participant may change (or delete) this partner. */
export function mayEditPartner(partner: Pick<Partner, 'addedBy'> | undefined, context: ParticipantContext): boolean {
  if (context.locked || !partner) return false;
  if (context.mode === 'all') return true;
  return context.mode === 'own' && partner.addedBy?.id === context.me.id;
}

/** Whether the change from `before` to `after` (one commit) is one this participant may make. */
export function mayWrite(before: Arena, after: Arena, context: ParticipantContext): boolean {
  if (context.locked) return false;
  if (context.mode === 'all') return true;
  // Anything but the partners (the arena's own `updatedAt` aside, which a participant does not write).
  for (const key of Object.keys({ ...before, ...after }) as (keyof Arena)[]) {
    if (key !== 'partners' && key !== 'updatedAt' && before[key] !== after[key]) return false;
  }
  if (before.partners === after.partners) return true;
  for (const id of new Set([...Object.keys(before.partners), ...Object.keys(after.partners)])) {
    const was = Object.hasOwn(before.partners, id) ? before.partners[id] : undefined;
    const now = Object.hasOwn(after.partners, id) ? after.partners[id] : undefined;
    if (was === now) continue;
    if (!was) {
      if (now?.addedBy?.id !== context.me.id) return false;
    } else if (!mayEditPartner(was, context) || (now && now.addedBy?.id !== context.me.id)) {
      return false;
    }
  }
  return true;
}
