import { afterEach, describe, expect, it, vi } from 'vitest';
import { participantLink, parseJoinHash, readableLink } from '../../../../src/sync/client/links';
import { cleanName, MAX_NAME, participantOf, rememberParticipant, tokenFor } from '../../../../src/sync/client/identity';
import { raise } from '../../../../src/sync/client/join';
import { refusalOf, refusalOfAuth } from '../../../../src/sync/client/refusals';
import { newParticipantSecret } from '../../../../src/sync/client/workshop';
import type { StoredShare } from '../../../../src/persistence/db';

/** A localStorage for Node (the unit tests run without a DOM). */
function fakeStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    length: 0,
  };
}
afterEach(() => vi.unstubAllGlobals());

describe('participant links', () => {
  const share = { room: 'room1', edit: 'E', view: 'V' };

  it('are #/join/<room>?join=<secret>, and read back as a participant link carrying nothing else', () => {
    const link = participantLink(share, 'abc123', 'https://arena.example/')!;
    expect(link).toBe('https://arena.example/#/join/room1?join=abc123');
    expect(parseJoinHash(link.slice(link.indexOf('#')))).toEqual({ room: 'room1', role: 'participant', join: 'abc123' });
  });

  it('from a server without workshop support are the edit link marked for a name', () => {
    const link = participantLink(share, null, 'https://arena.example/')!;
    expect(link).toBe('https://arena.example/#/join/room1?edit=E&view=V&participant=1');
    expect(parseJoinHash(link.slice(link.indexOf('#')))).toEqual({ room: 'room1', role: 'participant', edit: 'E', view: 'V' });
    // An edit link stays one, a view link stays view only.
    expect(parseJoinHash('#/join/room1?edit=E&view=V')?.role).toBe('edit');
    expect(parseJoinHash('#/join/room1?view=V')?.role).toBe('view');
  });

  it('refuse a participant secret that is not a token, or one mixed with other secrets', () => {
    expect(parseJoinHash('#/join/room1?join=')).toBeNull();
    expect(parseJoinHash('#/join/room1?join=a.b')).toBeNull();
    expect(parseJoinHash('#/join/room1?join=abc&view=V')).toBeNull();
    expect(parseJoinHash('#/join/room1?join=abc&edit=E&view=V')).toBeNull();
  });

  it('are shown without the scheme, readable off a projector', () => {
    expect(readableLink('https://arena.example/#/join/r?join=x')).toBe('arena.example/#/join/r?join=x');
    expect(readableLink('http://127.0.0.1:4173/#/join/r?join=x')).toBe('127.0.0.1:4173/#/join/r?join=x');
  });

  it('get a secret of 12 easily read characters (no 0/o, 1/l), different each time', () => {
    const a = newParticipantSecret();
    expect(a).toMatch(/^[a-km-np-z2-9]{12}$/);
    expect(newParticipantSecret()).not.toBe(a);
  });
});

describe('a participant’s identity and token', () => {
  it('keeps one id per room across names, and tokens are <secret>.<id>', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    const first = rememberParticipant('room1', '  Anna  ');
    expect(first.name).toBe('Anna');
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const again = rememberParticipant('room1', 'Anna B.');
    expect(again.id).toBe(first.id);
    expect(participantOf('room1')).toEqual({ id: first.id, name: 'Anna B.' });
    expect(participantOf('room2')).toBeNull();
    expect(rememberParticipant('room2', 'Anna').id).not.toBe(first.id);

    const share: StoredShare = { id: 'a', room: 'room1', role: 'participant', view: '', join: 'secret1' };
    expect(tokenFor(share)).toBe(`secret1.${first.id}`);
    // A server without workshop support: the edit secret.
    expect(tokenFor({ room: 'room1', role: 'participant', edit: 'E', view: 'V' })).toBe('E');
    expect(tokenFor({ room: 'room1', role: 'edit', edit: 'E', view: 'V' })).toBe('E');
    expect(tokenFor({ room: 'room1', role: 'view', view: 'V' })).toBe('V');
  });

  it('cuts names to what the server accepts and folds spaces', () => {
    expect(cleanName(' Jan   Peeters ')).toBe('Jan Peeters');
    expect(cleanName('x'.repeat(100))).toHaveLength(MAX_NAME);
    expect(cleanName('   ')).toBe('');
  });

  it('outlives a storage that refuses to write (kept for the tab)', () => {
    vi.stubGlobal('localStorage', {
      ...fakeStorage(),
      setItem: () => {
        throw new Error('quota');
      },
    });
    const me = rememberParticipant('room9', 'Piet');
    expect(participantOf('room9')).toEqual(me);
  });
});

describe('joining a room this device has already', () => {
  const base = { id: 'arena', room: 'r' } as const;
  it('a participant link never lowers an edit link, raises a view link and replaces an ended workshop’s link', () => {
    expect(raise({ ...base, role: 'edit', edit: 'E', view: 'V' }, { room: 'r', role: 'participant', join: 'p' })).toBeNull();
    expect(raise({ ...base, role: 'view', view: 'V' }, { room: 'r', role: 'participant', join: 'p' })).toEqual({ ...base, role: 'participant', join: 'p', view: 'V' });
    expect(raise({ ...base, role: 'participant', view: '', join: 'old' }, { room: 'r', role: 'participant', join: 'new' })).toEqual({ ...base, role: 'participant', view: '', join: 'new' });
    expect(raise({ ...base, role: 'participant', view: '', join: 'p' }, { room: 'r', role: 'participant', join: 'p' })).toBeNull();
    expect(raise({ ...base, role: 'participant', view: '', join: 'p' }, { room: 'r', role: 'edit', edit: 'E', view: 'V' })).toEqual({ ...base, role: 'edit', edit: 'E', view: 'V' });
    expect(raise({ ...base, role: 'participant', view: '', join: 'p' }, { room: 'r', role: 'view', view: 'V' })).toBeNull();
  });
});

describe('the workshop’s refusals', () => {
  it('4403 is not allowed and 4423 locked, by code and by reason; neither is reconnected after', () => {
    expect(refusalOf(4403)).toBe('notAllowed');
    expect(refusalOf(4423)).toBe('locked');
    expect(refusalOfAuth('not-allowed')).toBe('notAllowed');
    expect(refusalOfAuth('locked')).toBe('locked');
    // The others as before.
    expect(refusalOf(4401)).toBe('secret');
    expect(refusalOf(4410)).toBe('secret');
    expect(refusalOf(1006)).toBeNull();
  });
});
