// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { HelpDialog } from '../../src/actions/HelpDialog';
import { keyCaps } from '../../src/actions/keyCaps';
import { loadLanguage } from '../../src/i18n/useT';
import { useSessionStore } from '../../src/store/sessionStore';
import { usePreferencesStore } from '../../src/store/preferencesStore';

// jsdom has no modal dialogs: open and close set the attribute, which is all the dialog needs here.
const proto = HTMLDialogElement.prototype as unknown as Record<string, unknown>;
const had = typeof proto.showModal === 'function';
beforeAll(() => {
  if (had) return;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterAll(() => {
  if (had) return;
  delete proto.showModal;
  delete proto.close;
});
afterEach(() => {
  cleanup();
  act(() => {
    useSessionStore.setState({ helpOpen: false });
    usePreferencesStore.setState({ language: 'en' });
  });
});

function open(language: 'en' | 'nl') {
  act(() => {
    useSessionStore.setState({ helpOpen: true });
    usePreferencesStore.setState({ language });
  });
  render(<HelpDialog />);
  return screen.getByRole('dialog', { hidden: true });
}

/** The keys cell of the row of an action, as a reader sees it (symbols, not the screen reader's names). */
function keysOf(dialog: HTMLElement, action: string): string {
  const row = within(dialog).getByRole('row', { name: new RegExp(`^${action}`), hidden: true });
  const cell = row.querySelectorAll('td')[1]!.cloneNode(true) as HTMLElement;
  cell.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return cell.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the help dialog shows keys as they are printed on a keyboard', () => {
  it('in English: arrows, Delete or Backspace, Ctrl combinations; never the event names', () => {
    const dialog = open('en');
    expect(dialog.textContent).not.toMatch(/Arrow(Up|Down|Left|Right)|Mod\b/);
    expect(keysOf(dialog, 'Presentation: show the next ring')).toBe('→');
    expect(keysOf(dialog, 'Move the focused partner on the map')).toBe('↑ ↓ ← →');
    expect(keysOf(dialog, 'Delete the selected partners')).toBe('Delete or Backspace');
    expect(keysOf(dialog, 'Redo')).toBe('Ctrl+Shift+Z or Ctrl+Y');
    expect(keysOf(dialog, 'Search partners')).toBe('/ or Ctrl+F');
    // A screen reader hears the arrow's name rather than a symbol.
    expect(within(dialog).getAllByText('Right arrow', { selector: '.visually-hidden' }).length).toBeGreaterThan(0);
  });

  it('in Dutch, with "of" between the alternatives and Dutch names for the arrows', async () => {
    await loadLanguage('nl');
    const dialog = open('nl');
    expect(dialog.textContent).not.toMatch(/Arrow(Up|Down|Left|Right)/);
    expect(keysOf(dialog, 'De geselecteerde partners verwijderen')).toBe('Delete of Backspace');
    expect(keysOf(dialog, 'Ongedaan maken')).toBe('Ctrl+Z');
    expect(within(dialog).getAllByText('Pijltje naar rechts', { selector: '.visually-hidden' }).length).toBeGreaterThan(0);
  });
});

describe('keyCaps', () => {
  it('gives a Mac its own symbols', () => {
    expect(keyCaps('Mod+Shift+Z', true).map((c) => c.text)).toEqual(['⌘', '⇧', 'Z']);
    expect(keyCaps('Backspace', true)).toEqual([{ text: '⌫', spoken: 'keys.backspace' }]);
    expect(keyCaps('Mod+Shift+Z', false).map((c) => c.text)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(keyCaps('?', false)).toEqual([{ text: '?' }]);
  });
});
