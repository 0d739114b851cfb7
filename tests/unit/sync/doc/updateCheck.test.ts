import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, tombstone } from '../../../../src/sync/doc/encode';
import { roots } from '../../../../src/sync/doc/layout';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { UpdateChecker } from '../../../../src/sync/doc/updateCheck';
import { replicaOf, sampleArena } from './helpers';

/** A client replica of `server`, and a way to run a change on it and take the update it makes. */
function client(server: Y.Doc) {
  const doc = replicaOf(server);
  const change = (fn: (r: ReturnType<typeof roots>) => void): Uint8Array => {
    const sv = Y.encodeStateVector(doc);
    doc.transact(() => fn(roots(doc)));
    return Y.encodeStateAsUpdate(doc, sv);
  };
  return { doc, change };
}

function seededServer() {
  const server = createSharedDoc();
  seedDoc(server, sampleArena());
  return { server, checker: new UpdateChecker(Y.encodeStateAsUpdate(server)) };
}

const partner = (r: ReturnType<typeof roots>, id: string) => r.partners.get(id) as Y.Map<unknown>;

describe('UpdateChecker', () => {
  it('accepts the seed of a new room and ordinary edits', () => {
    const seeded = createSharedDoc();
    seedDoc(seeded, sampleArena());
    const checker = new UpdateChecker(new Uint8Array());
    expect(checker.check(Y.encodeStateAsUpdate(seeded))).toEqual({ ok: true });
    const { change } = client(seeded);
    expect(checker.check(change((r) => partner(r, 'kg').set('position', { x: 1, y: 2 })))).toEqual({ ok: true });
    expect(checker.check(change((r) => insertRecord('partners', r.partners, 'n', { ...sampleArena().partners.kg!, id: 'n', name: 'Nieuw' })))).toEqual({ ok: true });
    expect(checker.check(change((r) => tombstone(partner(r, 'vdab'))))).toEqual({ ok: true });
    expect(checker.check(change((r) => r.strategic.set('deadline', 'Juni 2028')))).toEqual({ ok: true });
    expect(checker.check(change((r) => r.meta.set('title', 'Nieuw')))).toEqual({ ok: true });
    const tie = { id: 't2', from: 'kg', to: 'vdab', kind: 'conflict', note: '', createdAt: 'now', updatedAt: 'now' };
    expect(checker.check(change((r) => insertRecord('ties', r.ties, 't2', tie)))).toEqual({ ok: true });
    expect(checker.check(change((r) => (r.instruments.get('i1') as Y.Map<unknown>).set('uptake', 'unused')))).toEqual({ ok: true });
  });

  it.each<[string, (r: ReturnType<typeof roots>) => void, RegExp]>([
    ['an invalid partner, naming the collection and id', (r) => partner(r, 'kg').set('name', 42), /^partners\/kg: name/],
    ['a partner that is not a record', (r) => r.partners.set('x', 'hello'), /^partners\/x: not a record map/],
    ['a record removed without a tombstone', (r) => r.partners.delete('kg'), /^partners\/kg: removed without a tombstone/],
    ['an action with an unknown involvement level', (r) => ((r.actions.get('huisbezoeken') as Y.Map<unknown>).get('involvement') as Y.Map<unknown>).set('kg', 'boss'), /^actions\/huisbezoeken: involvement/],
    ['a tag of an unknown attribute', (r) => insertRecord('tags', r.tags, 'custom:x', { id: 'custom:x', attribute: 'mood', label: 'x', updatedAt: 'now' }), /^tags\/custom:x: attribute/],
    ['an arena title that is not text', (r) => r.meta.set('title', 42), /^meta\.title/],
    ['the arena title removed', (r) => r.meta.delete('title'), /^meta\.title/],
    ['a document format newer than the server', (r) => r.meta.set('format', 99), /^meta\.format: format 99 is newer/],
    ['a migration mark that is not a format', (r) => r.migrations.set('v4-x', true), /^migrations\.v4-x/],
    ['a governance form that does not exist', (r) => r.governance.set('form', 'anarchy'), /^governance\.form/],
    ['an instrument of an unknown type', (r) => (r.instruments.get('i1') as Y.Map<unknown>).set('type', 'nudge'), /^instruments\/i1: type/],
    ['a sheet with an unknown verdict', (r) => (r.instruments.get('i1') as Y.Map<unknown>).set('verdict', 'maybe'), /^instruments\/i1: verdict/],
    ['a tie of an unknown kind', (r) => (r.ties.get('t1') as Y.Map<unknown>).set('kind', 'likes'), /^ties\/t1: kind/],
    ['an instrument removed without a tombstone', (r) => r.instruments.delete('i1'), /^instruments\/i1: removed without a tombstone/],
  ])('refuses %s', (_name, fn, reason) => {
    const { server, checker } = seededServer();
    const result = checker.check(client(server).change(fn));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a root type that is not part of an arena, and bytes that are not an update', () => {
    const { server, checker } = seededServer();
    const { doc } = client(server);
    const sv = Y.encodeStateVector(doc);
    doc.getMap('bitcoin').set('wallet', 'x');
    expect(checker.check(Y.encodeStateAsUpdate(doc, sv))).toEqual({ ok: false, reason: 'writes to bitcoin, which is not part of an arena' });
    const fresh = seededServer().checker;
    expect(fresh.check(new Uint8Array([1, 2, 3, 250, 250, 250]))).toMatchObject({ ok: false });
  });

  it('checks only what an update touched, and after a refusal starts again from the real document', () => {
    const { server } = seededServer();
    // A bad record already in the stored state (written before the server checked) does not block others.
    roots(server).partners.set('old-garbage', 42);
    const checker = new UpdateChecker(Y.encodeStateAsUpdate(server));
    const { change } = client(server);
    expect(checker.check(change((r) => partner(r, 'kg').set('notes', 'ok')))).toEqual({ ok: true });
    Y.applyUpdate(server, change((r) => partner(r, 'kg').set('notes', 'ok')));
    const bad = client(server).change((r) => partner(r, 'kg').set('name', ''));
    expect(checker.check(bad).ok).toBe(false);
    checker.reset(Y.encodeStateAsUpdate(server));
    expect(checker.check(client(server).change((r) => partner(r, 'kg').set('notes', 'later')))).toEqual({ ok: true });
  });

  it('checks an update that arrives before the one it builds on when both are there', () => {
    const { server, checker } = seededServer();
    const { change } = client(server);
    const first = change((r) => insertRecord('partners', r.partners, 'n', { ...sampleArena().partners.kg!, id: 'n', name: 'Nieuw' }));
    const second = change((r) => partner(r, 'n').set('name', ''));
    expect(checker.check(second)).toEqual({ ok: true });
    const result = checker.check(first);
    expect(!result.ok && result.reason).toMatch(/^partners\/n: name/);
  });
});
