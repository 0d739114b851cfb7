import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useEditorStore } from '../../../src/store/editorStore';
import { HISTORY_LIMIT } from '../../../src/store/history';
import { createArena, createPartner, partnersInOrder, type Arena, type Partner } from '../../../src/domain/arena';
import { RINGS, ringMidRadius, ringOf, type Point } from '../../../src/domain/rings';

const BASE = Date.UTC(2025, 0, 1);
const T0 = new Date(BASE).toISOString();
let tick = 0;
/** Increasing ISO times, one second apart. */
const clock = () => new Date(BASE + ++tick * 1000).toISOString();
const lastTime = () => new Date(BASE + tick * 1000).toISOString();

const s = () => useEditorStore.getState();
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
  const result = s().addPartner({ name });
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
  useEditorStore.setState({ now: clock, dropRing: null });
});

describe('hydrate and close', () => {
  it('hydrate resets history, selection, highlight and save status', () => {
    const id = add('A');
    s().select(id);
    s().highlight([id]);
    s().setSaveStatus({ status: 'error', reason: 'quota' });
    s().hydrate(createArena('Other', T0, 'arena-2'));
    expect(doc().id).toBe('arena-2');
    expect(s().history).toEqual({ past: [], future: [] });
    expect(s().selectedId).toBeNull();
    expect(s().highlighted).toEqual([]);
    expect(s().save).toEqual({ status: 'saved' });
  });

  it('close drops the document and refuses changes', () => {
    s().close();
    expect(s().doc).toBeNull();
    expect(s().addPartner({ name: 'A' }).ok).toBe(false);
    s().setGoal('x');
    expect(s().doc).toBeNull();
    expect(steps()).toBe(0);
  });
});

describe('addPartner', () => {
  it('adds a trimmed partner, unplaced, as one history step', () => {
    const result = s().addPartner({ name: '  Local police  ', type: ' public ', notes: 'n' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = partner(result.id);
    expect(p).toMatchObject({ name: 'Local police', type: 'public', notes: 'n', position: null, expertise: [], style: null });
    expect(steps()).toBe(1);
  });

  it('refuses an empty or whitespace-only name', () => {
    expect(s().addPartner({ name: '' })).toEqual({ ok: false, error: 'empty' });
    expect(s().addPartner({ name: ' \t ' })).toEqual({ ok: false, error: 'empty' });
    expect(doc().partners).toEqual({});
    expect(steps()).toBe(0);
  });

  it('refuses a name that is too long', () => {
    expect(s().addPartner({ name: 'x'.repeat(5000) })).toEqual({ ok: false, error: 'tooLong' });
    expect(doc().partners).toEqual({});
  });

  it('refuses a duplicate by normalised name (case, accents, spacing)', () => {
    add('Café  de Hoek');
    expect(s().addPartner({ name: 'cafe de HOEK' })).toEqual({ ok: false, error: 'duplicate' });
    expect(s().addPartner({ name: ' Café de hoek ' })).toEqual({ ok: false, error: 'duplicate' });
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
    s().updatePartner(id, { name: '  New name  ' });
    expect(partner(id).name).toBe('New name');
    expect(partner(id).updatedAt).toBe(lastTime());
    expect(doc().updatedAt).toBe(lastTime());
    expect(steps()).toBe(2);
  });

  it('refuses an empty name with a reason and changes nothing of that patch', () => {
    const id = add('Keep me');
    expect(s().updatePartner(id, { name: '   ' })).toEqual({ ok: false, error: 'empty' });
    expect(partner(id).name).toBe('Keep me');
    expect(steps()).toBe(1);
    expect(s().updatePartner(id, { name: '', notes: 'new notes' })).toEqual({ ok: false, error: 'empty' });
    expect(partner(id).notes).toBe('');
    expect(s().updatePartner(id, { notes: 'new notes' })).toEqual({ ok: true });
    expect(partner(id).notes).toBe('new notes');
  });

  it('refuses renaming a partner to a name another partner has, ignoring case, accents and spaces', () => {
    add('Local police');
    const id = add('Library');
    expect(s().updatePartner(id, { name: '  LOCAL   pólice ' })).toEqual({ ok: false, error: 'duplicate' });
    expect(partner(id).name).toBe('Library');
    // Its own name in another case is fine.
    expect(s().updatePartner(id, { name: 'library' })).toEqual({ ok: true });
    expect(partner(id).name).toBe('library');
  });

  it('records no step when nothing changes', () => {
    const id = add('Same');
    s().updatePartner(id, { type: 'ngo' });
    const before = doc();
    const stepsBefore = steps();
    s().updatePartner(id, { name: ' Same ', type: 'ngo ' });
    s().updatePartner(id, {});
    expect(steps()).toBe(stepsBefore);
    expect(doc()).toBe(before);
  });

  it('does nothing for an unknown partner', () => {
    const before = doc();
    s().updatePartner('nope', { name: 'X' });
    expect(doc()).toBe(before);
    expect(steps()).toBe(0);
  });

  it('keeps unknown fields of a partner written by a newer app', () => {
    const arena = createArena('Future', T0, 'arena-f');
    const p = { ...createPartner({ name: 'Future partner' }, T0, 'p1'), budget: { amount: 5, currency: 'EUR' }, tagsV2: ['x'] };
    arena.partners['p1'] = p as unknown as Partner;
    s().hydrate(arena);
    s().updatePartner('p1', { name: 'Renamed' });
    s().movePartner('p1', at('core'));
    s().toggleTag('p1', 'expertise', 'safety');
    s().setStyle('p1', 'care');
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
    s().movePartner(a, { x: 10, y: -20 });
    expect(partner(a).position).toEqual({ x: 10, y: -20 });
    expect(steps()).toBe(3);
    expect(partner(a).updatedAt).toBe(lastTime());
    expect(doc().updatedAt).toBe(lastTime());
    expect(partner(b).updatedAt).toBe(bUpdated);
  });

  it('rounds to hundredths', () => {
    const a = add('A');
    s().movePartner(a, { x: 10.123456, y: -20.987654 });
    expect(partner(a).position).toEqual({ x: 10.12, y: -20.99 });
  });

  it('records no step for the same position', () => {
    const a = add('A');
    s().movePartner(a, { x: 1, y: 2 });
    const before = doc();
    s().movePartner(a, { x: 1, y: 2 });
    expect(steps()).toBe(2);
    expect(doc()).toBe(before);
  });

  it('does nothing for an unknown partner', () => {
    s().movePartner('nope', { x: 1, y: 2 });
    expect(steps()).toBe(0);
    expect(doc().partners).toEqual({});
  });
});

describe('setRing', () => {
  it.each(RINGS)('moves an unplaced partner into %s', (ring) => {
    const a = add('A');
    s().setRing(a, ring);
    const pos = partner(a).position;
    expect(pos).not.toBeNull();
    expect(ringOf(pos!)).toBe(ring);
    expect(steps()).toBe(2);
  });

  it('moves a placed partner from one ring to another', () => {
    const a = add('A');
    s().movePartner(a, at('outside', 1));
    s().setRing(a, 'core');
    expect(ringOf(partner(a).position!)).toBe('core');
  });

  it("'unplaced' takes the partner off the map", () => {
    const a = add('A');
    s().movePartner(a, at('context'));
    s().setRing(a, 'unplaced');
    expect(partner(a).position).toBeNull();
    expect(steps()).toBe(3);
  });

  it('records no step when the partner is already in that ring', () => {
    const a = add('A');
    s().movePartner(a, at('complementary', 2));
    const before = doc();
    s().setRing(a, 'complementary');
    expect(doc()).toBe(before);
    expect(partner(a).position).toEqual(at('complementary', 2));
    s().setRing(add('B'), 'unplaced');
    expect(steps()).toBe(3);
  });

  it('puts two partners set to the same ring at different positions', () => {
    const a = add('A');
    const b = add('B');
    const c = add('C');
    s().setRing(a, 'core');
    s().setRing(b, 'core');
    s().setRing(c, 'core');
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
    s().select(a);
    s().deletePartner(a);
    expect(doc().partners[a]).toBeUndefined();
    expect(doc().partners[b]).toBeDefined();
    expect(s().selectedId).toBeNull();
    expect(steps()).toBe(3);
  });

  it('keeps another selection', () => {
    const a = add('A');
    const b = add('B');
    s().select(b);
    s().deletePartner(a);
    expect(s().selectedId).toBe(b);
  });

  it('does nothing for an unknown partner', () => {
    add('A');
    s().deletePartner('nope');
    expect(steps()).toBe(1);
  });
});

describe('tags and style', () => {
  it('toggleTag adds and removes a key, stamping the partner', () => {
    const a = add('A');
    s().toggleTag(a, 'expertise', 'safety');
    s().toggleTag(a, 'expertise', 'housing');
    s().toggleTag(a, 'perspective', 'user');
    expect(partner(a).expertise).toEqual(['safety', 'housing']);
    expect(partner(a).perspective).toEqual(['user']);
    expect(partner(a).updatedAt).toBe(lastTime());
    s().toggleTag(a, 'expertise', 'safety');
    expect(partner(a).expertise).toEqual(['housing']);
    expect(steps()).toBe(5);
  });

  it('setMainExpertise moves the key to the front (adding it when missing)', () => {
    const a = add('A');
    s().toggleTag(a, 'expertise', 'safety');
    s().toggleTag(a, 'expertise', 'housing');
    s().toggleTag(a, 'expertise', 'work');
    s().setMainExpertise(a, 'work');
    expect(partner(a).expertise).toEqual(['work', 'safety', 'housing']);
    s().setMainExpertise(a, 'health');
    expect(partner(a).expertise).toEqual(['health', 'work', 'safety', 'housing']);
  });

  it('setStyle sets and clears the one style, without a step when unchanged', () => {
    const a = add('A');
    s().setStyle(a, 'enforcing');
    expect(partner(a).style).toBe('enforcing');
    expect(partner(a).updatedAt).toBe(lastTime());
    s().setStyle(a, 'enforcing');
    expect(steps()).toBe(2);
    s().setStyle(a, 'care');
    expect(partner(a).style).toBe('care');
    s().setStyle(a, null);
    expect(partner(a).style).toBeNull();
    expect(steps()).toBe(4);
  });

  it('addCustomTag returns a custom: key, the same key for the same label, null for a blank label', () => {
    const key = s().addCustomTag('expertise', '  Neighbourhood watch ');
    expect(key).toMatch(/^custom:./);
    expect(doc().tags[key!]).toEqual({ id: key, attribute: 'expertise', label: 'Neighbourhood watch', updatedAt: lastTime() });
    expect(s().addCustomTag('expertise', 'neighbourhood  WATCH')).toBe(key);
    expect(s().addCustomTag('expertise', '   ')).toBeNull();
    expect(s().addCustomTag('expertise', '')).toBeNull();
    expect(Object.keys(doc().tags)).toEqual([key]);
    expect(steps()).toBe(1);
  });

  it('addCustomTag keeps the same label apart per attribute', () => {
    const a = s().addCustomTag('expertise', 'Mixed');
    const b = s().addCustomTag('perspective', 'Mixed');
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
    expect(doc().tags[b!]!.attribute).toBe('perspective');
  });
});

describe('acknowledgements', () => {
  it('acknowledge stores the trimmed reason; unacknowledge removes it', () => {
    s().acknowledge('oneSidedStyle:core', '  On purpose.  ');
    expect(doc().acknowledgements['oneSidedStyle:core']).toEqual({ id: 'oneSidedStyle:core', reason: 'On purpose.', updatedAt: lastTime() });
    expect(doc().updatedAt).toBe(lastTime());
    s().unacknowledge('oneSidedStyle:core');
    expect(doc().acknowledgements).toEqual({});
    expect(steps()).toBe(2);
  });

  it('unacknowledge of an unknown key records no step', () => {
    s().unacknowledge('nope');
    expect(steps()).toBe(0);
  });
});

describe('title and goal', () => {
  it('setTitle trims and ignores blank or unchanged titles', () => {
    s().setTitle('  New title ');
    expect(doc().title).toBe('New title');
    expect(doc().updatedAt).toBe(lastTime());
    s().setTitle('   ');
    s().setTitle('');
    s().setTitle('New title');
    expect(doc().title).toBe('New title');
    expect(steps()).toBe(1);
  });

  it('setGoal sets the goal as written and ignores an unchanged one', () => {
    s().setGoal('Fewer evictions in Noord');
    expect(doc().goal).toBe('Fewer evictions in Noord');
    expect(doc().updatedAt).toBe(lastTime());
    s().setGoal('Fewer evictions in Noord');
    expect(steps()).toBe(1);
    s().setGoal('');
    expect(doc().goal).toBe('');
    expect(steps()).toBe(2);
  });
});

describe('undo and redo', () => {
  it('undoing a move returns the old position; redo moves it again', () => {
    const a = add('A');
    s().movePartner(a, { x: 1, y: 1 });
    s().movePartner(a, { x: 50, y: 60 });
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
    s().select(a);
    s().undo();
    expect(doc().partners).toEqual({});
    expect(s().selectedId).toBeNull();
    s().redo();
    expect(partner(a).name).toBe('A');
  });

  it('undoing a delete brings the partner back with all its fields', () => {
    const a = add('A');
    s().toggleTag(a, 'expertise', 'safety');
    s().movePartner(a, { x: 3, y: 4 });
    const before = partner(a);
    s().deletePartner(a);
    s().undo();
    expect(partner(a)).toEqual(before);
  });

  it('a new change clears the redo stack', () => {
    s().setGoal('one');
    s().setGoal('two');
    s().undo();
    expect(s().history.future).toHaveLength(1);
    s().setGoal('three');
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
      if (i % 3 === 0) s().toggleTag(a, 'expertise', 'safety');
      else s().movePartner(a, { x: i, y: -i });
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
    for (let i = 0; i < HISTORY_LIMIT + extra; i++) s().setGoal(`goal ${i}`);
    expect(steps()).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) s().undo();
    expect(doc().goal).toBe(`goal ${extra - 1}`);
    s().undo();
    expect(doc().goal).toBe(`goal ${extra - 1}`);
  });

  it('selection, highlight and the drop ring are not history steps', () => {
    const a = add('A');
    const before = doc();
    s().select(a);
    s().highlight([a]);
    s().setDropRing('core');
    s().select(null);
    s().highlight([]);
    expect(steps()).toBe(1);
    expect(doc()).toBe(before);
    expect(s().highlighted).toEqual([]);
    expect(s().dropRing).toBe('core');
    s().undo();
    expect(doc().partners).toEqual({});
  });

  it('highlight copies the ids it is given', () => {
    const ids = ['a', 'b'];
    s().highlight(ids);
    ids.push('c');
    expect(s().highlighted).toEqual(['a', 'b']);
  });
});

describe('actions that change nothing record no undo step', () => {
  it('toggleTag on an unknown partner, setMainExpertise on the main key, the same acknowledgement twice, a move within rounding', () => {
    const id = add('Partner');
    s().toggleTag(id, 'expertise', 'safety');
    s().toggleTag(id, 'expertise', 'welfare');
    s().movePartner(id, { x: 1, y: 2 });
    s().acknowledge('token:x', 'On purpose');
    const before = steps();
    s().toggleTag('nobody', 'expertise', 'safety');
    s().setMainExpertise(id, 'safety');
    s().setMainExpertise('nobody', 'safety');
    s().acknowledge('token:x', '  On purpose ');
    s().movePartner(id, { x: 1.001, y: 2 });
    expect(steps()).toBe(before);
    s().setMainExpertise(id, 'welfare');
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
    s().movePartner(a, at('core'));
    expect(listedWithoutEnumerating()).toEqual([a, b]);
    expect(partnersInOrder(doc())[0]).toBe(doc().partners[a]);
    const c = add('C');
    expect(listedWithoutEnumerating()).toEqual([a, b, c]);
    s().deletePartner(b);
    expect(listedWithoutEnumerating()).toEqual([a, c]);
    s().undo();
    expect(listedWithoutEnumerating()).toEqual([a, b, c]);
  });
});

describe('typing: one undo step per visit to a field, however many commits it made', () => {
  it('commits made while typing in one field are one step; leaving the field ends it', () => {
    s().typing('goal-field', () => s().setGoal('Fe'));
    s().typing('goal-field', () => s().setGoal('Fewer evictions'));
    s().typing('goal-field', () => s().setGoal('Fewer evictions by 2027'));
    expect(s().history.past).toHaveLength(1);
    s().endTyping('goal-field');
    s().typing('goal-field', () => s().setGoal('Fewer evictions by 2028'));
    expect(s().history.past).toHaveLength(2);
    s().undo();
    expect(s().doc?.goal).toBe('Fewer evictions by 2027');
    s().undo();
    expect(s().doc?.goal).toBe('');
  });

  it('another change in between starts a new step, and typing in another field is its own step', () => {
    s().typing('goal-field', () => s().setGoal('A'));
    s().addPartner({ name: 'Library' });
    s().typing('goal-field', () => s().setGoal('AB'));
    s().typing('title-field', () => s().setTitle('New title'));
    expect(s().history.past).toHaveLength(4);
  });

  it('cancelTyping takes back what typing put in the document and leaves no step', () => {
    s().setGoal('Before');
    s().typing('goal-field', () => s().setGoal('Typed and then Escape'));
    s().typing('goal-field', () => s().setGoal('Typed and then Escape!'));
    s().cancelTyping('goal-field');
    expect(s().doc?.goal).toBe('Before');
    expect(s().history.past).toHaveLength(1);
    // Nothing open any more: a second Escape changes nothing.
    s().cancelTyping('goal-field');
    expect(s().doc?.goal).toBe('Before');
  });

  it('undo closes the step, so typing afterwards is a new one', () => {
    s().typing('goal-field', () => s().setGoal('One'));
    s().undo();
    s().typing('goal-field', () => s().setGoal('Two'));
    expect(s().history.past).toHaveLength(1);
    expect(s().history.future).toHaveLength(0);
  });

  it('together: an own tag created and put on the partner is one step', () => {
    const added = s().addPartner({ name: 'Library' });
    if (!added.ok) throw new Error('not added');
    const steps = s().history.past.length;
    const key = s().together(() => {
      const made = s().addCustomTag('expertise', 'Debt help');
      if (made) s().toggleTag(added.id, 'expertise', made);
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
    s().select(a);
    const opened = structuredClone(doc());
    delete opened.partners[b];
    s().hydrate(opened, { readOnly: true });
    s().select(a);
    s().hydrate(structuredClone(opened), { keepSelection: true });
    expect(s().selectedId).toBe(a);
    expect(s().readOnly).toBe(false);
    expect(s().history.past).toEqual([]);
    // Another arena, or a plain open, starts with nothing selected.
    s().hydrate(structuredClone(opened));
    expect(s().selectedId).toBeNull();
  });
});
