// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PartnerList } from '../../src/panels/PartnerList';
import { nl } from '../../src/i18n/nl';
import { usePreferencesStore } from '../../src/store/preferencesStore';
import { loadLanguage } from '../../src/i18n/useT';
import { doc, hydrate, partnerAt, renderInFlow, store } from './helpers';

afterEach(() => {
  cleanup();
  usePreferencesStore.setState({ language: 'en' });
});

const offers = () => screen.queryAllByTestId('duplicate-offer');

describe('likely duplicates in the partner list', () => {
  it('offers "CAW" and "CAW Oost-Vlaanderen" with its reason; Merge leaves one partner with both tags, and undo brings both back', async () => {
    hydrate([
      partnerAt('CAW', null, 1, { expertise: ['welfare'] }),
      partnerAt('CAW Oost-Vlaanderen', { x: 0, y: 150 }, 2, { expertise: ['safety'], style: 'care' }),
      partnerAt('OCMW', null, 3),
    ]);
    renderInFlow(<PartnerList />);
    expect(offers()).toHaveLength(1);
    const offer = within(offers()[0]!);
    expect(offer.getByText('“CAW” and “CAW Oost-Vlaanderen” may be the same organisation.')).toBeInTheDocument();
    expect(offer.getByText('One name contains the other.')).toBeInTheDocument();
    await userEvent.click(offer.getByRole('button', { name: 'Merge “CAW” and “CAW Oost-Vlaanderen” into “CAW”' }));
    expect(Object.values(doc().partners).map((p) => p.name).sort()).toEqual(['CAW', 'OCMW']);
    const caw = Object.values(doc().partners).find((p) => p.name === 'CAW')!;
    expect(caw).toMatchObject({ expertise: ['welfare', 'safety'], style: 'care', position: { x: 0, y: 150 } });
    expect(offers()).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Merged into “CAW”, with every tag. Undo takes it back.');
    act(() => store().undo());
    expect(Object.keys(doc().partners)).toHaveLength(3);
    expect(offers()).toHaveLength(1);
  });

  it('"Not the same" is kept in the arena: the offer is gone, also after reopening it', async () => {
    hydrate([partnerAt('Politie', null, 1), partnerAt('Politie Gent', null, 2)]);
    renderInFlow(<PartnerList />);
    await userEvent.click(within(offers()[0]!).getByRole('button', { name: '“Politie” and “Politie Gent” are not the same' }));
    expect(offers()).toHaveLength(0);
    const saved = doc();
    cleanup();
    act(() => store().hydrate(saved));
    renderInFlow(<PartnerList />);
    expect(screen.getByText('Politie Gent')).toBeInTheDocument();
    expect(offers()).toHaveLength(0);
  });

  it('shows three offers and the rest behind "Show N more"; in Dutch; none on a read-only arena', async () => {
    await loadLanguage('nl');
    act(() => usePreferencesStore.setState({ language: 'nl' }));
    const names = ['Alfa', 'Alfa Noord', 'Bravo', 'Bravo Zuid', 'Charlie', 'Charlie Oost', 'Delta', 'Delta West'];
    hydrate(names.map((name, i) => partnerAt(name, null, i + 1)));
    renderInFlow(<PartnerList />);
    expect(offers()).toHaveLength(3);
    expect(within(offers()[0]!).getByText('“Alfa” en “Alfa Noord” zijn misschien dezelfde organisatie.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nog 1 tonen' }));
    expect(offers()).toHaveLength(4);
    cleanup();
    const saved = doc();
    act(() => store().hydrate(saved, { readOnly: true }));
    renderInFlow(<PartnerList />);
    expect(offers()).toHaveLength(0);
    expect(nl['duplicates.merge']).toBe('Samenvoegen');
  });
});
