import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { addPartner, deletePartner, movePartner, setMainExpertise, setRing, setStyle, toggleTag, updatePartner } from '../../../src/store/partnerActions';
import { acknowledge, addCustomTag, setGoal, setTitle, unacknowledge } from '../../../src/store/arenaActions';
import { HISTORY_LIMIT } from '../../../src/store/history';
import { createArena, createPartner, partnersInOrder, type Arena, type Partner } from '../../../src/domain/arena';
import { RINGS, ringMidRadius, ringOf, type Point } from '../../../src/domain/rings';

const BASE = Date.UTC(2025, 0, 1);
const T0 = new Date(BASE).toISOString();
let tick = 0;
/** Increasing ISO times, one second apart. */
const clock = () => new Date(BASE + ++tick * 1000).toISOString();
const lastTime = () => new Date(BASE + tick * 1000).toISOString();

const s = () => useDocumentStore.getState();
const ui = () => useSessionStore.getState();
const doc = (): Arena => {
  const d = s().doc;
  if (!d) throw new Error('no document');
  return d;
};
const partner = (id: string): Partner => {
  const p = doc().partners[id];
  if (!p) throw new Error(`no partner ${id}`);
  return p;
};
const add = (name: string): string => {
  const result = addPartner({ name });
  if (!result.ok) throw new Error(`could not add ${name}: ${result.error}`);
  return result.id;
};
const steps = () => s().history.past.length;
const at = (ring: (typeof RINGS)[number], angle = 0): Point => ({
  x: Math.round(Math.cos(angle) * ringMidRadius(ring) * 100) / 100,
  y: Math.round(Math.sin(angle) * ringMidRadius(ring) * 100) / 100,
});

beforeEach(() => {
  tick = 0;
  s().hydrate(createArena('Test arena', T0, 'arena-1'));
  useDocumentStore.setState({ now: clock });
  useSessionStore.setState({ dropRing: null });
});

describe('hydrate and close', () => {
  it('hydrate resets history, selection, highlight and save status', () => {
    const id = add('A');
    ui().select(id);
    ui().highlight([id]);
    s().setSaveStatus({ status: 'error', reason: 'quota' });
    s().hydrate(createArena('Other', T0, 'arena-2'));
    expect(doc().id).toBe('arena-2');
    expect(s().history).toEqual({ past: [], future: [] });
    expect(ui().selectedId).toBeNull();
    expect(ui().highlighted).toEqual([]);
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('close drops the document and refuses changes', () => {
    s().close();
    expect(s().doc).toBeNull();
    expect(addPartner({ name: 'A' }).ok).toBe(false);
    setGoal('x');
    expect(s().doc).toBeNull();
    expect(steps()).toBe(0);
  });
});

describe('addPartner', () => {
  it('adds a trimmed partner, unplaced, as one history step', () => {
    const result = addPartner({ name: '  Local police  ', type: ' public ', notes: 'n' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = partner(result.id);
    expect(p).toMatchObject({ name: 'Local police', type: 'public', notes: 'n', position: null, expertise: [], style: null });
    expect(steps()).toBe(1);
  });

  it('refuses an empty or whitespace-only name', () => {
    expect(addPartner({ name: '' })).toEqual({ ok: false, error: 'empty' });
    expect(addPartner({ name: ' \t ' })).toEqual({ ok: false, error: 'empty' });
    expect(doc().partners).toEqual({});
    expect(steps()).toBe(0);
  });

  it('refuses a name that is too long', () => {
    expect(addPartner({ name: 'x'.repeat(5000) })).toEqual({ ok: false, error: 'tooLong' });
    expect(doc().partners).toEqual({});
  });

  it('refuses a duplicate by normalised name (case, accents, spacing)', () => {
    add('Café  de Hoek');
    expect(addPartner({ name: 'cafe de HOEK' })).toEqual({ ok: false, error: 'duplicate' });
    expect(addPartner({ name: ' Café de hoek ' })).toEqual({ ok: false, error: 'duplicate' });
    expect(Object.keys(doc().partners)).toHaveLength(1);
    expect(steps()).toBe(1);
  });

  it('gives each partner its own id', () => {
    const a = add('A');
    const b = add('B');
    expect(a).not.toBe(b);
    expect(Object.keys(doc().partners).sort()).toEqual([a, b].sort());
  });
});

describe('updatePartner', () => {
  it('trims the new name and stamps updatedAt on the partner and the arena', () => {
    const id = add('Old');
    updatePartner(id, { name: '  New name  ' });
    expect(partner(id).name).toBe('New name');
    expect(partner(id).updatedAt).toBe(lastTime());
    expect(doc().updatedAt).toBe(lastTime());
    expect(steps()).toBe(2);
  });

  it('refuses an empty name with a reason and changes nothing of that patch', () => {
    const id = add('Keep me');
    expect(updatePartner(id, { name: '   ' })).toEqual({ ok: false, error: 'empty' });
    expect(partner(id).name).toBe('Keep me');
    expect(steps()).toBe(1);
    expect(updatePartner(id, { name: '', notes: 'new notes' })).toEqual({ ok: false, error: 'empty' });
    expect(partner(id).notes).toBe('');
    expect(updatePartner(id, { notes: 'new notes' })).toEqual({ ok: true });
    expect(partner(id).notes).toBe('new notes');
  });

  it('refuses renaming a partner to a name another partner has, ignoring case, accents and spaces', () => {
    add('Local police');
    const id = add('Library');
    expect(updatePartner(id, { name: '  LOCAL   pólice ' })).toEqual({ ok: false, error: 'duplicate' });
    expect(partner(id).name).toBe('Library');
    // Its own name in another case is fine.
    expect(updatePartner(id, { name: 'library' })).toEqual({ ok: true });
    expect(partner(id).name).toBe('library');
  });

  it('records no step when nothing changes', () => {
    const id = add('Same');
    updatePartner(id, { type: 'ngo' });
    const before = doc();
    const stepsBefore = steps();
    updatePartner(id, { name: ' Same ', type: 'ngo ' });
    updatePartner(id, {});
    expect(steps()).toBe(stepsBefore);
    expect(doc()).toBe(before);
  });

  it('does nothing for an unknown partner', () => {
    const before = doc();
    updatePartner('nope', { name: 'X' });
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
  });

  it('keeps unknown fields of a partner written by a newer app', () => {
    const arena = createArena('Future', T0, 'arena-f');
    const p = { ...createPartner({ name: 'Future partner' }, T0, 'p1'), budget: { amount: 5, currency: 'EUR' }, tagsV2: ['x'] };
    arena.partners['p1'] = p as unknown as Partner;
    s().hydrate(arena);
    updatePartner('p1', { name: 'Renamed' });
    movePartner('p1', at('core'));
    toggleTag('p1', 'expertise', 'safety');
    setStyle('p1', 'care');
    const after = partner('p1') as unknown as Record<string, unknown>;
    expect(after.name).toBe('Renamed');
    expect(after.budget).toEqual({ amount: 5, currency: 'EUR' });
    expect(after.tagsV2).toEqual(['x']);
  });
});

describe('movePartner', () => {
  it('sets the position as one history step and stamps updatedAt', () => {
    const a = add('A');
    const b = add('B');
    const bUpdated = partner(b).updatedAt;
    movePartner(a, { x: 10, y: -20 });
    expect(partner(a).position).toEqual({ x: 10, y: -20 });
    expect(steps()).toBe(3);
    expect(partner(a).updatedAt).toBe(lastTime());
    expect(doc().updatedAt).toBe(lastTime());
    expect(partner(b).updatedAt).toBe(bUpdated);
  });

  it('rounds to hundredths', () => {
    const a = add('A');
    movePartner(a, { x: 10.123456, y: -20.987654 });
    expect(partner(a).position).toEqual({ x: 10.12, y: -20.99 });
  });

  it('records no step for the same position', () => {
    const a = add('A');
    movePartner(a, { x: 1, y: 2 });
    const before = doc();
    movePartner(a, { x: 1, y: 2 });
    expect(steps()).toBe(2);
    expect(doc()).toBe(before);
  });

  it('does nothing for an unknown partner', () => {
    movePartner('nope', { x: 1, y: 2 });
    expect(steps()).toBe(0);
    expect(doc().partners).toEqual({});
  });
});

describe('setRing', () => {
  it.each(RINGS)('moves an unplaced partner into %s', (ring) => {
    const a = add('A');
    setRing(a, ring);
    const pos = partner(a).position;
    expect(pos).not.toBeNull();
    expect(ringOf(pos!)).toBe(ring);
    expect(steps()).toBe(2);
  });

  it('moves a placed partner from one ring to another', () => {
    const a = add('A');
    movePartner(a, at('outside', 1));
    setRing(a, 'core');
    expect(ringOf(partner(a).position!)).toBe('core');
  });

  it("'unplaced' takes the partner off the map", () => {
    const a = add('A');
    movePartner(a, at('context'));
    setRing(a, 'unplaced');
    expect(partner(a).position).toBeNull();
    expect(steps()).toBe(3);
  });

  it('records no step when the partner is already in that ring', () => {
    const a = add('A');
    movePartner(a, at('complementary', 2));
    const before = doc();
    setRing(a, 'complementary');
    expect(doc()).toBe(before);
    expect(partner(a).position).toEqual(at('complementary', 2));
    setRing(add('B'), 'unplaced');
    expect(steps()).toBe(3);
  });

  it('puts two partners set to the same ring at different positions', () => {
    const a = add('A');
    const b = add('B');
    const c = add('C');
    setRing(a, 'core');
    setRing(b, 'core');
    setRing(c, 'core');
    const positions = [a, b, c].map((id) => partner(id).position!);
    for (const p of positions) expect(ringOf(p)).toBe('core');
    const keys = new Set(positions.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(3);
  });
});

describe('deletePartner', () => {
  it('removes the partner and clears the selection', () => {
    const a = add('A');
    const b = add('B');
    ui().select(a);
    deletePartner(a);
    expect(doc().partners[a]).toBeUndefined();
    expect(doc().partners[b]).toBeDefined();
    expect(ui().selectedId).toBeNull();
    expect(steps()).toBe(3);
  });

  it('keeps another selection', () => {
    const a = add('A');
    const b = add('B');
    ui().select(b);
    deletePartner(a);
    expect(ui().selectedId).toBe(b);
  });

  it('does nothing for an unknown partner', () => {
    add('A');
    deletePartner('nope');
    expect(steps()).toBe(1);
  });
});

describe('tags and style', () => {
  it('toggleTag adds and removes a key, stamping the partner', () => {
    const a = add('A');
    toggleTag(a, 'expertise', 'safety');
    toggleTag(a, 'expertise', 'housing');
    toggleTag(a, 'perspective', 'user');
    expect(partner(a).expertise).toEqual(['safety', 'housing']);
    expect(partner(a).perspective).toEqual(['user']);
    expect(partner(a).updatedAt).toBe(lastTime());
    toggleTag(a, 'expertise', 'safety');
    expect(partner(a).expertise).toEqual(['housing']);
    expect(steps()).toBe(5);
  });

  it('setMainExpertise moves the key to the front (adding it when missing)', () => {
    const a = add('A');
    toggleTag(a, 'expertise', 'safety');
    toggleTag(a, 'expertise', 'housing');
    toggleTag(a, 'expertise', 'work');
    setMainExpertise(a, 'work');
    expect(partner(a).expertise).toEqual(['work', 'safety', 'housing']);
    setMainExpertise(a, 'health');
    expect(partner(a).expertise).toEqual(['health', 'work', 'safety', 'housing']);
  });

  it('setStyle sets and clears the one style, without a step when unchanged', () => {
    const a = add('A');
    setStyle(a, 'enforcing');
    expect(partner(a).style).toBe('enforcing');
    expect(partner(a).updatedAt).toBe(lastTime());
    setStyle(a, 'enforcing');
    expect(steps()).toBe(2);
    setStyle(a, 'care');
    expect(partner(a).style).toBe('care');
    setStyle(a, null);
    expect(partner(a).style).toBeNull();
    expect(steps()).toBe(4);
  });

  it('addCustomTag returns a custom: key, the same key for the same label, null for a blank label', () => {
    const key = addCustomTag('expertise', '  Neighbourhood watch ');
    expect(key).toMatch(/^custom:./);
    expect(doc().tags[key!]).toEqual({ id: key, attribute: 'expertise', label: 'Neighbourhood watch', updatedAt: lastTime() });
    expect(addCustomTag('expertise', 'neighbourhood  WATCH')).toBe(key);
    expect(addCustomTag('expertise', '   ')).toBeNull();
    expect(addCustomTag('expertise', '')).toBeNull();
    expect(Object.keys(doc().tags)).toEqual([key]);
    expect(steps()).toBe(1);
  });

  it('addCustomTag keeps the same label apart per attribute', () => {
    const a = addCustomTag('expertise', 'Mixed');
    const b = addCustomTag('perspective', 'Mixed');
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
    expect(doc().tags[b!]!.attribute).toBe('perspective');
  });
});

describe('acknowledgements', () => {
  it('acknowledge stores the trimmed reason; unacknowledge removes it', () => {
    acknowledge('oneSidedStyle:core', '  On purpose.  ');
    expect(doc().acknowledgements['oneSidedStyle:core']).toEqual({ id: 'oneSidedStyle:core', reason: 'On purpose.', updatedAt: lastTime() });
    expect(doc().updatedAt).toBe(lastTime());
    unacknowledge('oneSidedStyle:core');
    expect(doc().acknowledgements).toEqual({});
    expect(steps()).toBe(2);
  });

  it('unacknowledge of an unknown key records no step', () => {
    unacknowledge('nope');
    expect(steps()).toBe(0);
  });
});

describe('title and goal', () => {
  it('setTitle trims and ignores blank or unchanged titles', () => {
    setTitle('  New title ');
    expect(doc().title).toBe('New title');
    expect(doc().updatedAt).toBe(lastTime());
    setTitle('   ');
    setTitle('');
    setTitle('New title');
    expect(doc().title).toBe('New title');
    expect(steps()).toBe(1);
  });

  it('setGoal sets the goal as written and ignores an unchanged one', () => {
    setGoal('Fewer evictions in Noord');
    expect(doc().goal).toBe('Fewer evictions in Noord');
    expect(doc().updatedAt).toBe(lastTime());
    setGoal('Fewer evictions in Noord');
    expect(steps()).toBe(1);
    setGoal('');
    expect(doc().goal).toBe('');
    expect(steps()).toBe(2);
  });
});

describe('undo and redo', () => {
  it('undoing a move returns the old position; redo moves it again', () => {
    const a = add('A');
    movePartner(a, { x: 1, y: 1 });
    movePartner(a, { x: 50, y: 60 });
    s().undo();
    expect(partner(a).position).toEqual({ x: 1, y: 1 });
    s().undo();
    expect(partner(a).position).toBeNull();
    s().redo();
    s().redo();
    expect(partner(a).position).toEqual({ x: 50, y: 60 });
  });

  it('undoing an add removes the partner and clears its selection', () => {
    const a = add('A');
    ui().select(a);
    s().undo();
    expect(doc().partners).toEqual({});
    expect(ui().selectedId).toBeNull();
    s().redo();
    expect(partner(a).name).toBe('A');
  });

  it('undoing a delete brings the partner back with all its fields', () => {
    const a = add('A');
    toggleTag(a, 'expertise', 'safety');
    movePartner(a, { x: 3, y: 4 });
    const before = partner(a);
    deletePartner(a);
    s().undo();
    expect(partner(a)).toEqual(before);
  });

  it('a new change clears the redo stack', () => {
    setGoal('one');
    setGoal('two');
    s().undo();
    expect(s().history.future).toHaveLength(1);
    setGoal('three');
    expect(s().history.future).toHaveLength(0);
    s().redo();
    expect(doc().goal).toBe('three');
  });

  it('undo and redo with nothing to do change nothing', () => {
    const before = doc();
    s().undo();
    s().redo();
    expect(doc()).toBe(before);
  });

  it('undoes 100 steps one by one back to the start', () => {
    const start = doc();
    const a = add('A');
    const seen: Arena[] = [doc()];
    for (let i = 1; i < 100; i++) {
      if (i % 3 === 0) toggleTag(a, 'expertise', 'safety');
      else movePartner(a, { x: i, y: -i });
      seen.push(doc());
    }
    expect(steps()).toBe(100);
    for (let i = 99; i >= 1; i--) {
      s().undo();
      expect(doc()).toEqual(seen[i - 1]);
    }
    s().undo();
    expect(doc()).toEqual(start);
    expect(steps()).toBe(0);
    expect(s().history.future).toHaveLength(100);
  });

  it(`keeps at most HISTORY_LIMIT (${HISTORY_LIMIT}) steps, dropping the oldest`, () => {
    const extra = 5;
    for (let i = 0; i < HISTORY_LIMIT + extra; i++) setGoal(`goal ${i}`);
    expect(steps()).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) s().undo();
    expect(doc().goal).toBe(`goal ${extra - 1}`);
    s().undo();
    expect(doc().goal).toBe(`goal ${extra - 1}`);
  });

  it('selection, highlight and the drop ring are not history steps', () => {
    const a = add('A');
    const before = doc();
    ui().select(a);
    ui().highlight([a]);
    ui().setDropRing('core');
    ui().select(null);
    ui().highlight([]);
    expect(steps()).toBe(1);
    expect(doc()).toBe(before);
    expect(ui().highlighted).toEqual([]);
    expect(ui().dropRing).toBe('core');
    s().undo();
    expect(doc().partners).toEqual({});
  });

  it('highlight copies the ids it is given', () => {
    const ids = ['a', 'b'];
    ui().highlight(ids);
    ids.push('c');
    expect(ui().highlighted).toEqual(['a', 'b']);
  });
});

describe('actions that change nothing record no undo step', () => {
  it('toggleTag on an unknown partner, setMainExpertise on the main key, the same acknowledgement twice, a move within rounding', () => {
    const id = add('Partner');
    toggleTag(id, 'expertise', 'safety');
    toggleTag(id, 'expertise', 'welfare');
    movePartner(id, { x: 1, y: 2 });
    acknowledge('token:x', 'On purpose');
    const before = steps();
    toggleTag('nobody', 'expertise', 'safety');
    setMainExpertise(id, 'safety');
    setMainExpertise('nobody', 'safety');
    acknowledge('token:x', '  On purpose ');
    movePartner(id, { x: 1.001, y: 2 });
    expect(steps()).toBe(before);
    setMainExpertise(id, 'welfare');
    expect(partner(id).expertise).toEqual(['welfare', 'safety']);
    expect(steps()).toBe(before + 1);
  });
});

describe('list order carried across commits', () => {
  /** The partners in list order, failing when listing them had to enumerate the partners object. */
  const listedWithoutEnumerating = (): string[] => {
    const values = vi.spyOn(Object, 'values');
    try {
      const ids = partnersInOrder(doc()).map((p) => p.id);
      expect(values).not.toHaveBeenCalled();
      return ids;
    } finally {
      values.mockRestore();
    }
  };

  it('after a move, an add, a delete and an undo, the partners are listed in order without enumerating the partners object again', () => {
    const a = add('A');
    const b = add('B');
    partnersInOrder(doc());
    movePartner(a, at('core'));
    expect(listedWithoutEnumerating()).toEqual([a, b]);
    expect(partnersInOrder(doc())[0]).toBe(doc().partners[a]);
    const c = add('C');
    expect(listedWithoutEnumerating()).toEqual([a, b, c]);
    deletePartner(b);
    expect(listedWithoutEnumerating()).toEqual([a, c]);
    s().undo();
    expect(listedWithoutEnumerating()).toEqual([a, b, c]);
  });
});

describe('typing: one undo step per visit to a field, however many commits it made', () => {
  it('commits made while typing in one field are one step; leaving the field ends it', () => {
    s().typing('goal-field', () => setGoal('Fe'));
    s().typing('goal-field', () => setGoal('Fewer evictions'));
    s().typing('goal-field', () => setGoal('Fewer evictions by 2027'));
    expect(s().history.past).toHaveLength(1);
    s().endTyping('goal-field');
    s().typing('goal-field', () => setGoal('Fewer evictions by 2028'));
    expect(s().history.past).toHaveLength(2);
    s().undo();
    expect(s().doc?.goal).toBe('Fewer evictions by 2027');
    s().undo();
    expect(s().doc?.goal).toBe('');
  });

  it('another change in between starts a new step, and typing in another field is its own step', () => {
    s().typing('goal-field', () => setGoal('A'));
    addPartner({ name: 'Library' });
    s().typing('goal-field', () => setGoal('AB'));
    s().typing('title-field', () => setTitle('New title'));
    expect(s().history.past).toHaveLength(4);
  });

  it('cancelTyping takes back what typing put in the document and leaves no step', () => {
    setGoal('Before');
    s().typing('goal-field', () => setGoal('Typed and then Escape'));
    s().typing('goal-field', () => setGoal('Typed and then Escape!'));
    s().cancelTyping('goal-field');
    expect(s().doc?.goal).toBe('Before');
    expect(s().history.past).toHaveLength(1);
    // Nothing open any more: a second Escape changes nothing.
    s().cancelTyping('goal-field');
    expect(s().doc?.goal).toBe('Before');
  });

  it('undo closes the step, so typing afterwards is a new one', () => {
    s().typing('goal-field', () => setGoal('One'));
    s().undo();
    s().typing('goal-field', () => setGoal('Two'));
    expect(s().history.past).toHaveLength(1);
    expect(s().history.future).toHaveLength(0);
  });

  it('together: an own tag created and put on the partner is one step', () => {
    const added = addPartner({ name: 'Library' });
    if (!added.ok) throw new Error('not added');
    const steps = s().history.past.length;
    const key = s().together(() => {
      const made = addCustomTag('expertise', 'Debt help');
      if (made) toggleTag(added.id, 'expertise', made);
      return made;
    });
    expect(s().history.past.length).toBe(steps + 1);
    expect(s().doc?.partners[added.id]?.expertise).toEqual([key]);
    s().undo();
    expect(s().doc?.tags).toEqual({});
    expect(s().doc?.partners[added.id]?.expertise).toEqual([]);
  });
});

describe('a read-only view that becomes the editor', () => {
  it('keeps the selection when asked to, and only for partners that are still there', () => {
    const a = add('Library');
    const b = add('School');
    ui().select(a);
    const opened = structuredClone(doc());
    delete opened.partners[b];
    s().hydrate(opened, { readOnly: true });
    ui().select(a);
    s().hydrate(structuredClone(opened), { keepSelection: true });
    expect(ui().selectedId).toBe(a);
    expect(s().readOnly).toBe(false);
    expect(s().history.past).toEqual([]);
    // Another arena, or a plain open, starts with nothing selected.
    s().hydrate(structuredClone(opened));
    expect(ui().selectedId).toBeNull();
  });
});
