// @vitest-environment jsdom
/**
 * The steering findings' texts come with the instruments' messages, loaded once the arena has an
 * instrument: until they are there the finding waits (never a bare message key), then it shows in words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { useDocumentStore } from '../../src/store/documentStore';
import { Warnings } from '../../src/panels/Warnings';
import { createInstrument } from '../../src/domain/instruments';
import { instrumentMessagesLoaded } from '../../src/i18n/instrumentMessages';
import { childPovertyArena } from '../fixtures/arenas/childPoverty';

vi.mock('../../src/persistence/hooks', () => ({ useDigests: () => [] }));

afterEach(() => cleanup());

describe('a steering finding in the Warnings panel', () => {
  it('appears in words once the instruments\' messages are there, never as a bare key', async () => {
    const arena = childPovertyArena();
    const [first] = Object.keys(arena.partners);
    arena.instruments.i1 = { ...createInstrument(first!, 'Bestek', 'market', arena.createdAt, 'i1'), alternatives: 'none' };
    act(() => useDocumentStore.getState().hydrate(arena));
    expect(instrumentMessagesLoaded()).toBe(false);
    render(<Warnings />);
    const panel = screen.getByRole('region', { name: 'Warnings' });
    expect(panel.textContent).not.toMatch(/rule\.marketWithoutMarket/);
    const name = arena.partners[first!]!.name;
    expect(await within(panel).findByText(`Market steering without a market: ${name}`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(panel.textContent).not.toMatch(/rule\.\w+\.\w+/);
  });
});
