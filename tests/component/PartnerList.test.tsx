// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PartnerList } from '../../src/panels/PartnerList';
import { en } from '../../src/i18n/en';
import { ringMidRadius } from '../../src/domain/rings';
import { addCustomTag } from '../../src/store/arenaActions';
import { setRing, toggleTag } from '../../src/store/partnerActions';
import { doc, hydrate, installPointerCapture, partnerAt, renderInFlow, session, store } from './helpers';
import { dragEnded, dragStarted } from '../../src/store/heldWhileDragging';

let uninstall: () => void = () => {};
beforeAll(() => {
  uninstall = installPointerCapture();
});
afterAll(() => uninstall());
afterEach(() => cleanup());

const groupOf = (title: string) => {
  const heading = screen.getByRole('heading', { name: new RegExp(`^${title}`) });
  return within(heading.parentElement!);
};
const partnerNames = () => Object.values(doc().partners).map((p) => p.name);

async function openForm() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `+ ${en['partners.add']}` }));
  const form = within(screen.getByRole('form', { name: en['partners.add'] }));
  const add = async (name: string) => {
    const field = form.getByRole('textbox', { name: en['partners.name'] });
    await user.clear(field);
    if (name) await user.type(field, name);
    await user.click(form.getByRole('button', { name: en['partners.add'] }));
  };
  return { user, form, add };
}

describe('PartnerList', () => {
  it('keeps the list it showed while a partner is dragged on the map, and shows what changed at the drop', async () => {
    const arena = hydrate([partnerAt('CAW', null, 1)]);
    renderInFlow(<PartnerList />);
    expect(await screen.findByText('CAW')).toBeTruthy();
    act(() => dragStarted());
    try {
      // What another device added meanwhile (the store refreshed from the shared document).
      const added = partnerAt('OCMW', null, 2);
      act(() => store().refresh({ ...arena, partners: { ...arena.partners, [added.id]: added } }));
      expect(screen.queryByText('OCMW')).toBeNull();
    } finally {
      act(() => dragEnded());
    }
    expect(await screen.findByText('OCMW')).toBeTruthy();
  });

  it('shows the empty state and opens the form with "Add partner"', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    expect(screen.getByText(en['partners.empty'])).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    const { form } = await openForm();
    expect(form.getByRole('textbox', { name: en['partners.name'] })).toHaveFocus();
  });

  it('adds a partner, which shows under "Not on the map yet" and gets selected', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    const { add, form } = await openForm();
    await add('Local police');

    expect(groupOf(en['partners.notOnMap']).getByText('Local police')).toBeInTheDocument();
    // The group says it is not on the map; no chip repeats it.
    expect(document.querySelector('.partner-item .ring-chip')).toBeNull();
    expect(partnerNames()).toEqual(['Local police']);
    const id = Object.keys(doc().partners)[0]!;
    expect(session().selectedId).toBe(id);
    expect(screen.getByRole('button', { name: 'Local police' })).toHaveAttribute('aria-pressed', 'true');
    // The form stays open and empty for the next partner.
    expect(form.getByRole('textbox', { name: en['partners.name'] })).toHaveValue('');
    expect(screen.getByText('0 of 1 on the map')).toBeInTheDocument();
  });

  it('refuses an empty name and adds nothing', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    const { add, form } = await openForm();
    await add('');
    expect(screen.getByRole('alert')).toHaveTextContent(en['error.nameEmpty']);
    expect(form.getByRole('textbox', { name: en['partners.name'] })).toHaveAttribute('aria-invalid', 'true');
    await add('   ');
    expect(screen.getByRole('alert')).toHaveTextContent(en['error.nameEmpty']);
    expect(doc().partners).toEqual({});
    expect(screen.getByText(en['partners.empty'])).toBeInTheDocument();
  });

  it('refuses a duplicate name', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    const { add } = await openForm();
    await add('Local police');
    await add(' LOCAL police');
    expect(screen.getByRole('alert')).toHaveTextContent('There is already a partner called "LOCAL police" in this arena.');
    expect(partnerNames()).toEqual(['Local police']);
  });

  it('the error goes away while typing again', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    const { add, user, form } = await openForm();
    await add('');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.type(form.getByRole('textbox', { name: en['partners.name'] }), 'W');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('Cancel closes the form', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    const { user, form } = await openForm();
    await user.click(form.getByRole('button', { name: en['partners.cancel'] }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('shows placed partners under "On the map" with their ring, and the count', () => {
    hydrate([partnerAt('Housing corporation', { x: 0, y: ringMidRadius('core') }, 1), partnerAt('Library', null, 2)]);
    renderInFlow(<PartnerList />);
    const onMap = groupOf(en['partners.onMap']);
    const item = onMap.getByText('Housing corporation').closest('li')!;
    expect(within(item).getByText(en['ring.core'])).toHaveClass('ring-chip-core');
    expect(onMap.queryByText('Library')).not.toBeInTheDocument();
    expect(groupOf(en['partners.notOnMap']).getByText('Library')).toBeInTheDocument();
    expect(screen.getByText('1 of 2 on the map')).toBeInTheDocument();
  });

  it('follows the store: a partner moved onto the map changes group', () => {
    const library = partnerAt('Library', null, 1);
    hydrate([library]);
    renderInFlow(<PartnerList />);
    expect(screen.queryByRole('heading', { name: new RegExp(`^${en['partners.onMap']}`) })).not.toBeInTheDocument();
    act(() => setRing(library.id, 'context'));
    expect(groupOf(en['partners.onMap']).getByText('Library')).toBeInTheDocument();
    expect(screen.getByText(en['ring.context'])).toBeInTheDocument();
    expect(screen.getByText('1 of 1 on the map')).toBeInTheDocument();
  });

  it('lists partners in the order they were added', () => {
    hydrate([partnerAt('Second', null, 2), partnerAt('Third', null, 3), partnerAt('First', null, 1)]);
    renderInFlow(<PartnerList />);
    const names = groupOf(en['partners.notOnMap'])
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.name-text')?.textContent);
    expect(names).toEqual(['First', 'Second', 'Third']);
  });

  it('selects a partner when its name is clicked', async () => {
    const library = partnerAt('Library', null, 1);
    hydrate([library]);
    renderInFlow(<PartnerList />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Library' }));
    expect(session().selectedId).toBe(library.id);
    expect(screen.getByRole('button', { name: 'Library' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a name that looks like markup as text', async () => {
    hydrate();
    const { container } = renderInFlow(<PartnerList />);
    const { add } = await openForm();
    const name = '<img src=x onerror=alert(1)>';
    await add(name);
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(partnerNames()).toEqual([name]);
  });

  describe('search', () => {
    const seed = () => {
      const arena = hydrate([
        partnerAt('Wijkteam Noord', null, 1, { expertise: ['welfare'], style: 'care', type: 'NGO' }),
        partnerAt('Politiezone', null, 2, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }),
        partnerAt('Huis van het Kind', null, 3, { expertise: ['family', 'welfare'], type: 'municipal service' }),
        partnerAt('Bewonersplatform', null, 4, { perspective: ['user'] }),
        partnerAt('Welzijnsschakel', null, 5, { expertise: ['poverty'] }),
      ]);
      // A custom tag is found by its label too.
      act(() => {
        const key = addCustomTag('expertise', 'Buurtwerk')!;
        const platform = Object.values(doc().partners).find((p) => p.name === 'Bewonersplatform')!;
        toggleTag(platform.id, 'expertise', key);
      });
      return arena;
    };
    const listed = () => [...document.querySelectorAll('.partner-item .name-text')].map((el) => el.textContent);
    const type = async (text: string) => {
      const user = userEvent.setup();
      const box = screen.getByRole('searchbox', { name: en['action.search'] });
      await user.clear(box);
      if (text) await user.type(box, text);
      return { user, box };
    };

    it('finds partners by name, type and the label of any tag, ignoring case and accents', async () => {
      seed();
      renderInFlow(<PartnerList />);
      await type('WELFARE');
      expect(listed()).toEqual(['Wijkteam Noord', 'Huis van het Kind']);
      await type('enforcing');
      expect(listed()).toEqual(['Politiezone']);
      await type('municipal');
      expect(listed()).toEqual(['Huis van het Kind']);
      await type('user / target');
      expect(listed()).toEqual(['Bewonersplatform']);
      await type('buurtwerk');
      expect(listed()).toEqual(['Bewonersplatform']);
      await type('wélzijn');
      expect(listed()).toEqual(['Welzijnsschakel']);
      await type('nothing like this');
      expect(listed()).toEqual([]);
      expect(screen.getByText(en['search.none'])).toBeInTheDocument();
      await type('');
      expect(listed()).toHaveLength(5);
    });

    it('Enter selects a partner whose name matches before one that only carries the tag', async () => {
      seed();
      renderInFlow(<PartnerList />);
      const { user } = await type('wel');
      // "Wijkteam Noord" and "Huis van het Kind" come first in the list (Welfare), "Welzijnsschakel" by name.
      expect(listed()).toEqual(['Wijkteam Noord', 'Huis van het Kind', 'Welzijnsschakel']);
      await user.keyboard('{Enter}');
      const byName = Object.values(doc().partners).find((p) => p.name === 'Welzijnsschakel')!;
      expect(session().selectedId).toBe(byName.id);
    });
  });
});

