// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PartnerList } from '../../src/panels/PartnerList';
import { en } from '../../src/i18n/en';
import { MAX_NAME_LENGTH } from '../../src/domain/arena';
import { doc, hydrate, installPointerCapture, partnerAt, renderInFlow, session } from './helpers';

let uninstall: () => void = () => {};
beforeAll(() => {
  uninstall = installPointerCapture();
});
afterAll(() => uninstall());
afterEach(() => {
  cleanup();
  session().setAddOpen(false);
});

async function openPasteBox() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `+ ${en['partners.add']}` }));
  await user.click(screen.getByRole('button', { name: en['quickAdd.open'] }));
  const form = within(screen.getByRole('form', { name: en['quickAdd.title'] }));
  const box = form.getByRole('textbox', { name: en['quickAdd.label'] });
  return { user, form, box };
}

const names = () => Object.values(doc().partners).map((p) => p.name).sort();

describe('Paste a list', () => {
  it('adds the new names; the names already in the arena leave the box and are named', async () => {
    hydrate([partnerAt('Police', null, 1)]);
    renderInFlow(<PartnerList />);
    const { user, form, box } = await openPasteBox();
    await user.click(box);
    await user.paste('Welfare office\npolice\nSchool\tprincipal@school.be\n\nLibrary');
    await user.click(form.getByRole('button', { name: en['quickAdd.submit'] }));

    expect(names()).toEqual(['Library', 'Police', 'School', 'Welfare office']);
    const status = form.getByRole('status');
    expect(status).toHaveTextContent('3 partners added.');
    expect(status).toHaveTextContent('Already in this arena, not added again: police');
    // Nothing was left to add: the box is empty, so "Add all" cannot meet the duplicates again.
    expect(box).toHaveValue('');
    expect(form.getByRole('button', { name: en['quickAdd.submit'] })).toBeDisabled();
  });

  it('keeps only the lines that could not be added, and says why', async () => {
    hydrate([partnerAt('Police', null, 1)]);
    renderInFlow(<PartnerList />);
    const { user, form, box } = await openPasteBox();
    const tooLong = 'x'.repeat(MAX_NAME_LENGTH + 1);
    await user.click(box);
    await user.paste(`Police\n${tooLong}\nSchool`);
    await user.click(form.getByRole('button', { name: en['quickAdd.submit'] }));

    expect(names()).toEqual(['Police', 'School']);
    expect(box).toHaveValue(tooLong);
    expect(form.getByRole('status')).toHaveTextContent('1 partner added.');
    expect(form.getByRole('status')).toHaveTextContent(`1 line is too long for a name (at most ${MAX_NAME_LENGTH} characters) and stays in the box.`);
    expect(form.getByRole('status')).toHaveTextContent('Already in this arena, not added again: Police');
  });

  it('says so when every name was already there, and empties the box', async () => {
    hydrate([partnerAt('Police', null, 1)]);
    renderInFlow(<PartnerList />);
    const { user, form, box } = await openPasteBox();
    await user.click(box);
    await user.paste('POLICE\npolice ');
    await user.click(form.getByRole('button', { name: en['quickAdd.submit'] }));
    expect(form.getByRole('status')).toHaveTextContent('No partners added.');
    expect(box).toHaveValue('');
    expect(names()).toEqual(['Police']);
  });

  it('Close closes: neither the list nor the name form stays open', async () => {
    hydrate();
    renderInFlow(<PartnerList />);
    const { user, form } = await openPasteBox();
    await user.click(form.getByRole('button', { name: en['common.close'] }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `+ ${en['partners.add']}` })).toBeVisible();
    expect(session().addOpen).toBe(false);
  });
});
