// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Inspector } from '../../src/panels/Inspector';
import { en } from '../../src/i18n/en';
import { isCustomKey } from '../../src/domain/vocabularies';
import { ringMidRadius, ringOf } from '../../src/domain/rings';
import type { Partner } from '../../src/domain/arena';
import { doc, hydrate, partnerAt, renderInFlow, store, session } from './helpers';

afterEach(() => cleanup());

const chip = (label: string) => screen.getByRole('button', { name: new RegExp(`^(✓ )?${label}$`) });
const p = (id: string): Partner => {
  const partner = doc().partners[id];
  if (!partner) throw new Error(`no partner ${id}`);
  return partner;
};

function open(partners: Partner[], selected: Partner | null) {
  hydrate(partners);
  if (selected) act(() => session().select(selected.id));
  renderInFlow(<Inspector />);
  return userEvent.setup();
}

describe('Inspector', () => {
  it('shows a hint when nothing is selected', () => {
    open([partnerAt('Local police', null, 1)], null);
    expect(screen.getByText(en['inspector.none'])).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: en['inspector.name'] })).not.toBeInTheDocument();
  });

  it('shows the selected partner and follows the selection', () => {
    const police = partnerAt('Local police', null, 1, { type: 'public service', notes: 'Weekly meeting' });
    const library = partnerAt('Library', null, 2);
    open([police, library], police);
    expect(screen.getByRole('textbox', { name: en['inspector.name'] })).toHaveValue('Local police');
    expect(screen.getByRole('textbox', { name: en['inspector.type'] })).toHaveValue('public service');
    expect(screen.getByRole('textbox', { name: en['inspector.notes'] })).toHaveValue('Weekly meeting');
    expect(screen.getByRole('combobox', { name: en['inspector.ring'] })).toHaveValue('unplaced');
    act(() => session().select(library.id));
    expect(screen.getByRole('textbox', { name: en['inspector.name'] })).toHaveValue('Library');
    act(() => session().select(null));
    expect(screen.getByText(en['inspector.none'])).toBeInTheDocument();
  });

  it('toggles an expertise chip', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    expect(chip('Safety')).toHaveAttribute('aria-pressed', 'false');
    await user.click(chip('Safety'));
    expect(chip('Safety')).toHaveAttribute('aria-pressed', 'true');
    expect(p(police.id).expertise).toEqual(['safety']);
    await user.click(chip('Safety'));
    expect(chip('Safety')).toHaveAttribute('aria-pressed', 'false');
    expect(p(police.id).expertise).toEqual([]);
  });

  it('makes a second expertise the main one', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    await user.click(chip('Safety'));
    await user.click(chip('Housing'));
    expect(p(police.id).expertise).toEqual(['safety', 'housing']);
    await user.click(screen.getByRole('button', { name: `Housing: ${en['inspector.mainExpertise']}` }));
    expect(p(police.id).expertise).toEqual(['housing', 'safety']);
  });

  it('chooses one style, as a radio', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    const styles = within(screen.getByRole('radiogroup', { name: en['attr.style'] }));
    await user.click(styles.getByRole('radio', { name: /Enforcing$/ }));
    expect(styles.getByRole('radio', { name: /Enforcing$/ })).toHaveAttribute('aria-checked', 'true');
    expect(p(police.id).style).toBe('enforcing');
    await user.click(styles.getByRole('radio', { name: /Care \/ support$/ }));
    expect(p(police.id).style).toBe('care');
    expect(styles.getByRole('radio', { name: /Enforcing$/ })).toHaveAttribute('aria-checked', 'false');
    expect(styles.getAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true')).toHaveLength(1);
    // Choosing the chosen style again clears it.
    await user.click(styles.getByRole('radio', { name: /Care \/ support$/ }));
    expect(p(police.id).style).toBeNull();
  });

  it('moves the partner into the ring chosen in the Ring select', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    const ring = screen.getByRole('combobox', { name: en['inspector.ring'] });
    await user.selectOptions(ring, en['ring.core']);
    const position = p(police.id).position;
    expect(position).not.toBeNull();
    expect(ringOf(position!)).toBe('core');
    expect(ring).toHaveValue('core');

    await user.selectOptions(ring, en['ring.outside']);
    expect(ringOf(p(police.id).position!)).toBe('outside');
  });

  it('"Back to the list" takes a placed partner off the map', async () => {
    const police = partnerAt('Local police', { x: 0, y: ringMidRadius('context') }, 1);
    const user = open([police], police);
    expect(screen.getByRole('combobox', { name: en['inspector.ring'] })).toHaveValue('context');
    await user.click(screen.getByRole('button', { name: en['inspector.removeFromMap'] }));
    expect(p(police.id).position).toBeNull();
    expect(screen.queryByRole('button', { name: en['inspector.removeFromMap'] })).not.toBeInTheDocument();
  });

  it('adds an own expertise tag, selects it and offers it again for another partner', async () => {
    const police = partnerAt('Local police', null, 1);
    const library = partnerAt('Library', null, 2);
    const user = open([police, library], police);
    await user.type(screen.getByRole('textbox', { name: 'Add own expertise tag' }), 'Neighbourhood watch{Enter}');

    const tags = Object.values(doc().tags);
    expect(tags).toHaveLength(1);
    const tag = tags[0]!;
    expect(tag).toMatchObject({ attribute: 'expertise', label: 'Neighbourhood watch' });
    expect(isCustomKey(tag.id)).toBe(true);
    expect(p(police.id).expertise).toEqual([tag.id]);
    expect(chip('Neighbourhood watch')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('textbox', { name: 'Add own expertise tag' })).toHaveValue('');

    act(() => session().select(library.id));
    expect(chip('Neighbourhood watch')).toHaveAttribute('aria-pressed', 'false');
    // Only in its own attribute.
    const perspective = screen.getByText(en['attr.perspective'], { selector: 'legend' }).closest('fieldset')!;
    expect(within(perspective).queryByText('Neighbourhood watch')).not.toBeInTheDocument();
    const expertise = screen.getByText(en['attr.expertise'], { selector: 'legend' }).closest('fieldset')!;
    expect(within(expertise).getByText('Neighbourhood watch')).toBeInTheDocument();

    // Typing the same label again reuses the tag.
    await user.type(screen.getByRole('textbox', { name: 'Add own expertise tag' }), 'neighbourhood WATCH{Enter}');
    expect(Object.keys(doc().tags)).toEqual([tag.id]);
    expect(p(library.id).expertise).toEqual([tag.id]);
  });

  it('does not add a blank own tag', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    const field = screen.getByRole('textbox', { name: 'Add own expertise tag' });
    await user.type(field, '   ');
    const form = field.closest('form')!;
    expect(within(form).getByRole('button', { name: en['inspector.addTag'] })).toBeDisabled();
    await user.type(field, '{Enter}');
    expect(doc().tags).toEqual({});
    expect(p(police.id).expertise).toEqual([]);
  });

  it('renames the partner on Enter and refuses an empty name', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    const name = screen.getByRole('textbox', { name: en['inspector.name'] });
    await user.clear(name);
    await user.type(name, '  Police Noord  {Enter}');
    expect(p(police.id).name).toBe('Police Noord');

    await user.clear(name);
    await user.type(name, '{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(en['error.nameEmpty']);
    expect(p(police.id).name).toBe('Police Noord');
  });

  it('saves type and notes when the field is left', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    await user.type(screen.getByRole('textbox', { name: en['inspector.type'] }), 'public service');
    expect(p(police.id).type).toBe('');
    await user.tab();
    expect(p(police.id).type).toBe('public service');
    await user.type(screen.getByRole('textbox', { name: en['inspector.notes'] }), 'Meets on Mondays');
    await user.tab();
    expect(p(police.id).notes).toBe('Meets on Mondays');
    expect(store().history.past).toHaveLength(2);
  });

  it('asks before deleting, and Cancel keeps the partner', async () => {
    const police = partnerAt('Local police', null, 1);
    const user = open([police], police);
    await user.click(screen.getByRole('button', { name: en['inspector.delete'] }));
    const confirm = within(screen.getByRole('group', { name: en['inspector.confirmDelete'].replace('{name}', 'Local police') }));
    expect(doc().partners[police.id]).toBeDefined();
    await user.click(confirm.getByRole('button', { name: en['common.cancel'] }));
    expect(doc().partners[police.id]).toBeDefined();

    await user.click(screen.getByRole('button', { name: en['inspector.delete'] }));
    await user.click(
      within(screen.getByRole('group', { name: /^Delete "Local police" for good\?/ })).getByRole('button', { name: en['inspector.delete'] }),
    );
    expect(doc().partners[police.id]).toBeUndefined();
    expect(session().selectedId).toBeNull();
    expect(screen.getByText(en['inspector.none'])).toBeInTheDocument();
  });

  it('shows a name that looks like markup as text', () => {
    const odd = partnerAt('<img src=x onerror=alert(1)>', null, 1);
    open([odd], odd);
    expect(screen.getByRole('textbox', { name: en['inspector.name'] })).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
