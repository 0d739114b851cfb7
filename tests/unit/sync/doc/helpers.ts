/** Arenas and replicas for the shared-document tests. */
import * as Y from 'yjs';
import type { Arena } from '../../../../src/domain/arena';
import { childPovertyArena } from '../../../fixtures/arenas/childPoverty';

export const NOW = '2026-10-05T09:00:00.000Z';

/**
 * The child-poverty arena with every kind of record: an own tag that a partner carries, an accepted
 * warning, a team member, and fields a newer app wrote (kept through the shared document).
 */
export function sampleArena(): Arena {
  const arena = childPovertyArena();
  arena.tags['custom:t1'] = { id: 'custom:t1', attribute: 'expertise', label: 'Buurtwerk', updatedAt: NOW };
  arena.partners.ocmw!.expertise = ['poverty', 'custom:t1', 'welfare'];
  arena.acknowledgements['oneSidedStyle:care'] = { id: 'oneSidedStyle:care', reason: 'Zo bedoeld', updatedAt: NOW };
  arena.team['m1'] = { id: 'm1', name: 'Els', answers: { 'operator.1': 4 }, createdAt: NOW, updatedAt: NOW };
  arena.instruments['i1'] = {
    id: 'i1',
    partnerId: 'kg',
    name: 'Subsidie Huis van het Kind',
    type: 'market',
    notes: '',
    aim: 'Huisbezoeken bij elk gezin',
    uptake: 'used',
    relation: null,
    alternatives: 'none',
    verdict: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
  arena.ties['t1'] = { id: 't1', from: 'kg', to: 'ocmw', kind: 'trusts', note: 'Samen aan tafel', createdAt: NOW, updatedAt: NOW };
  (arena.partners.kg as unknown as Record<string, unknown>).newerField = { nested: [1, 'two', null] };
  (arena as unknown as Record<string, unknown>).newerArenaField = 'kept';
  return arena;
}

/** Sends everything `from` has that `to` lacks. */
export function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

/** Brings every replica up to date with every other. */
export function syncAll(...docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) sync(a, b);
}

/** A second replica that has received everything `source` has. */
export function replicaOf(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  sync(source, copy);
  return copy;
}
