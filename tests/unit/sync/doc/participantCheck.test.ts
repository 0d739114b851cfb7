import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Partner } from '../../../../src/domain/arena';
import { insertRecord, tombstone } from '../../../../src/sync/doc/encode';
import { LOCAL_ORIGIN, roots, type Roots } from '../../../../src/sync/doc/layout';
import { readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { UpdateChecker, type UpdateContext } from '../../../../src/sync/doc/updateCheck';
import type { WorkshopMode } from '../../../../src/sync/doc/workshop';
import { writeChanges } from '../../../../src/sync/doc/write';
import { NOW, replicaOf, sampleArena } from './helpers';

const ANNA = 'anna-0001';
const BEN = 'ben-00002';

const as = (participantId: string, mode: WorkshopMode, locked = false): UpdateContext => ({ role: 'participant', participantId, mode, locked });

function newPartner(id: string, addedBy?: string): Partner {
  return {
    ...sampleArena().partners.kg!,
    id,
    name: `Partner ${id}`,
    position: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...(addedBy ? { addedBy: { id: addedBy, name: addedBy.split('-')[0]! } } : {}),
  };
}

/**
 * A seeded room as the server keeps it: its checker, whose shadow follows the room's document (an accepted
 * update is applied to it; after a refusal the checker starts again from it), and devices of it that make
 * one change at a time and give its update.
 */
function room() {
  const server = createSharedDoc();
  seedDoc(server, sampleArena());
  const inner = new UpdateChecker(Y.encodeStateAsUpdate(server));
  const checker = {
    check(update: Uint8Array, context: UpdateContext) {
      const result = inner.check(update, context);
      if (result.ok) Y.applyUpdate(server, update);
      else inner.reset(Y.encodeStateAsUpdate(server));
      return result;
    },
  };
  const device = () => {
    const doc = replicaOf(server);
    const change = (fn: (r: Roots) => void): Uint8Array => {
      const sv = Y.encodeStateVector(doc);
      doc.transact(() => fn(roots(doc)));
      return Y.encodeStateAsUpdate(doc, sv);
    };
    return { doc, change };
  };
  return { server, checker, device };
}

const partner = (r: Roots, id: string) => r.partners.get(id) as Y.Map<unknown>;
const add = (id: string, addedBy?: string) => (r: Roots) => insertRecord('partners', r.partners, id, newPartner(id, addedBy));

/** Accepted; the checker's shadow now holds the update (as the server's document would). */
type Checker = ReturnType<typeof room>['checker'];

function accepted(checker: Checker, update: Uint8Array, context: UpdateContext) {
  expect(checker.check(update, context)).toEqual({ ok: true });
}

function refused(checker: Checker, update: Uint8Array, context: UpdateContext, refusal: 'not-allowed' | 'locked' | undefined, reason?: RegExp) {
  const result = checker.check(update, context);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.refusal).toBe(refusal);
  if (reason) expect(!result.ok && result.reason).toMatch(reason);
}

describe('UpdateChecker with a participant context', () => {
  it('mode add: a new partner that carries its own id is accepted; one without it or with another id is not', () => {
    const { checker, device } = room();
    const { change } = device();
    accepted(checker, change(add('p-anna', ANNA)), as(ANNA, 'add'));
    refused(checker, change(add('p-nobody')), as(ANNA, 'add'), 'not-allowed', /^partners\/p-nobody: a new partner carries/);
    refused(checker, change(add('p-ben', BEN)), as(ANNA, 'add'), 'not-allowed');
  });

  it.each<[string, (r: Roots) => void]>([
    ["a field of another's partner", (r) => partner(r, 'kg').set('position', { x: 10, y: 10 })],
    ["another's partner deleted (tombstone)", (r) => tombstone(partner(r, 'vdab'))],
    ['a partner removed outright', (r) => r.partners.delete('kg')],
    ['a tag of an existing partner', (r) => (partner(r, 'kg').get('expertise') as Y.Map<unknown>).set('work', true)],
    ['the arena title', (r) => r.meta.set('title', 'Mine now')],
    ['the strategic question', (r) => r.strategic.set('deadline', 'Morgen')],
    ['a custom tag', (r) => insertRecord('tags', r.tags, 'custom:x', { id: 'custom:x', attribute: 'expertise', label: 'X', updatedAt: NOW })],
    ['an action', (r) => (r.actions.get('huisbezoeken') as Y.Map<unknown>).set('title', 'Other')],
    ['a migration mark', (r) => r.migrations.set('v4-x', 4)],
    ['the workshop map', (r) => r.workshop.set('locked', false)],
  ])('mode add refuses %s', (_name, fn) => {
    const { checker, device } = room();
    refused(checker, device().change(fn), as(ANNA, 'add'), 'not-allowed');
  });

  it('mode add: its own partner cannot be changed or deleted once added, and a new one beside a change is refused whole', () => {
    const { checker, device } = room();
    const { change } = device();
    accepted(checker, change(add('p-anna', ANNA)), as(ANNA, 'add'));
    refused(checker, change((r) => partner(r, 'p-anna').set('name', 'Renamed')), as(ANNA, 'add'), 'not-allowed', /in mode add a participant adds partners only/);
    const other = room();
    refused(other.checker, other.device().change((r) => {
      add('p-anna', ANNA)(r);
      partner(r, 'kg').set('notes', 'sneaked in');
    }), as(ANNA, 'add'), 'not-allowed');
  });

  it('mode own: changes and deletes its own partners, not those of others or of the facilitator, and cannot hand them over', () => {
    const { checker, device } = room();
    const anna = device();
    const ben = device();
    accepted(checker, anna.change(add('p-anna', ANNA)), as(ANNA, 'own'));
    accepted(checker, ben.change(add('p-ben', BEN)), as(BEN, 'own'));
    accepted(checker, anna.change((r) => partner(r, 'p-anna').set('position', { x: 40, y: 0 })), as(ANNA, 'own'));
    accepted(checker, anna.change((r) => (partner(r, 'p-anna').get('expertise') as Y.Map<unknown>).set('work', true)), as(ANNA, 'own'));
    refused(checker, anna.change((r) => partner(r, 'kg').set('notes', 'x')), as(ANNA, 'own'), 'not-allowed', /changes only the partners it added/);
    // A device of Anna's that has Ben's partner too.
    const annaLater = device();
    refused(checker, annaLater.change((r) => partner(r, 'p-ben').set('name', 'Mine')), as(ANNA, 'own'), 'not-allowed');
    refused(checker, annaLater.change((r) => partner(r, 'p-ben').set('addedBy', { id: ANNA, name: 'anna' })), as(ANNA, 'own'), 'not-allowed');
    refused(checker, annaLater.change((r) => partner(r, 'p-anna').set('addedBy', { id: BEN, name: 'ben' })), as(ANNA, 'own'), 'not-allowed');
    // (Anna's first device holds its refused change: what it sends next builds on it. A fresh one.)
    const annaAgain = device();
    accepted(checker, annaAgain.change((r) => tombstone(partner(r, 'p-anna'))), as(ANNA, 'own'));
    refused(checker, annaAgain.change((r) => r.meta.set('title', 'x')), as(ANNA, 'own'), 'not-allowed', /^meta: in mode own/);
  });

  it("mode all: anything an editor may, but the workshop map; invalid content stays invalid content", () => {
    const { checker, device } = room();
    const { change } = device();
    accepted(checker, change((r) => partner(r, 'kg').set('position', { x: 5, y: 5 })), as(ANNA, 'all'));
    accepted(checker, change((r) => tombstone(partner(r, 'vdab'))), as(ANNA, 'all'));
    accepted(checker, change((r) => r.meta.set('title', 'Together')), as(ANNA, 'all'));
    accepted(checker, change(add('p-nobody')), as(ANNA, 'all'));
    refused(checker, change((r) => r.workshop.set('round', 'Mine')), as(ANNA, 'all'), 'not-allowed', /^workshop: only the facilitator/);
    const other = room();
    refused(other.checker, other.device().change((r) => partner(r, 'kg').set('name', '')), as(ANNA, 'all'), undefined, /^partners\/kg: name/);
  });

  it('locked: every change of a participant is refused as locked, in every mode; an editor is not limited', () => {
    for (const mode of ['add', 'own', 'all'] as const) {
      const { checker, device } = room();
      const { change } = device();
      refused(checker, change(add(`p-${mode}`, ANNA)), as(ANNA, mode, true), 'locked', /locked/);
    }
    const { checker, device } = room();
    accepted(checker, device().change((r) => r.meta.set('title', 'The facilitator')), { role: 'edit' });
    accepted(checker, device().change((r) => r.workshop.set('locked', true)), { role: 'edit' });
  });

  it('an update that changes nothing (a handshake, or what the server already has) passes even when locked', () => {
    const { server, checker, device } = room();
    const { doc } = device();
    accepted(checker, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server)), as(ANNA, 'add', true));
    accepted(checker, Y.encodeStateAsUpdate(server), as(ANNA, 'add', true));
  });

  it("a participant's update that depends on one the server does not have is refused (an editor's waits, as before)", () => {
    const { checker, device } = room();
    const { change } = device();
    change(add('p-first', ANNA));
    const second = change(add('p-second', ANNA));
    refused(checker, second, as(ANNA, 'own'), 'not-allowed', /depends on changes/);
    const fresh = room();
    const other = fresh.device();
    other.change(add('p-first', ANNA));
    expect(fresh.checker.check(other.change(add('p-second', ANNA)), { role: 'edit' })).toEqual({ ok: true });
  });

  it('the workshop map takes only valid values (unknown keys: plain data), from an editor', () => {
    const { checker, device } = room();
    const { change } = device();
    accepted(checker, change((r) => {
      r.workshop.set('mode', 'own');
      r.workshop.set('locked', true);
      r.workshop.set('warningsHidden', true);
      r.workshop.set('round', 'Add the partners you work with');
      r.workshop.set('newerKey', { a: [1] });
    }), { role: 'edit' });
    accepted(checker, change((r) => r.workshop.set('round', null)), { role: 'edit' });
    for (const [key, value] of [['mode', 'boss'], ['locked', 'yes'], ['warningsHidden', 1], ['round', 42]] as const) {
      const other = room();
      refused(other.checker, other.device().change((r) => r.workshop.set(key, value)), { role: 'edit' }, undefined, new RegExp(`^workshop\\.${key}: not a valid value`));
    }
  });

  it("a participant's app that writes a store commit with partnersOnly passes mode add; the whole commit (the arena's updatedAt too) does not", () => {
    const { checker, device } = room();
    const commit = (partnersOnly: boolean, id: string) => {
      const { doc } = device();
      const before = readArena(doc).arena;
      const added = newPartner(id, ANNA);
      const after = { ...before, updatedAt: '2026-11-30T10:00:00.000Z', partners: { ...before.partners, [id]: added } };
      const sv = Y.encodeStateVector(doc);
      doc.transact(() => writeChanges(doc, before, after, [{ op: 'add', path: ['partners', id], value: added }], { partnersOnly }), LOCAL_ORIGIN);
      return Y.encodeStateAsUpdate(doc, sv);
    };
    accepted(checker, commit(true, 'p-one'), as(ANNA, 'add'));
    refused(checker, commit(false, 'p-two'), as(ANNA, 'add'), 'not-allowed', /^meta: in mode add/);
  });
});
