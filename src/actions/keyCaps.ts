/** Shortcuts as the help dialog shows them (only it needs this, so it loads with the dialog). */
import type { MessageKey } from '../i18n';

/** One key as the help dialog shows it: what is printed on the key, and its name for a screen reader when that is a symbol. */
export interface KeyCap {
  text: string;
  spoken?: MessageKey;
}

const NAMED: Record<string, { pc: KeyCap; mac: KeyCap }> = {
  mod: { pc: { text: 'Ctrl' }, mac: { text: '⌘', spoken: 'keys.command' } },
  ctrl: { pc: { text: 'Ctrl' }, mac: { text: '⌃', spoken: 'keys.control' } },
  shift: { pc: { text: 'Shift' }, mac: { text: '⇧', spoken: 'keys.shift' } },
  alt: { pc: { text: 'Alt' }, mac: { text: '⌥', spoken: 'keys.option' } },
  // A Mac's key that deletes backwards is labelled "delete" (⌫); the one that deletes forwards is ⌦.
  delete: { pc: { text: 'Delete' }, mac: { text: '⌦', spoken: 'keys.forwardDelete' } },
  backspace: { pc: { text: 'Backspace' }, mac: { text: '⌫', spoken: 'keys.backspace' } },
  escape: { pc: { text: 'Esc' }, mac: { text: 'esc' } },
  arrowup: { pc: { text: '↑', spoken: 'keys.arrowUp' }, mac: { text: '↑', spoken: 'keys.arrowUp' } },
  arrowdown: { pc: { text: '↓', spoken: 'keys.arrowDown' }, mac: { text: '↓', spoken: 'keys.arrowDown' } },
  arrowleft: { pc: { text: '←', spoken: 'keys.arrowLeft' }, mac: { text: '←', spoken: 'keys.arrowLeft' } },
  arrowright: { pc: { text: '→', spoken: 'keys.arrowRight' }, mac: { text: '→', spoken: 'keys.arrowRight' } },
};

/**
 * The keys of a shortcut as printed on a keyboard ("Mod+Shift+Z" is Ctrl, Shift, Z; on a Mac ⌘, ⇧, Z), never
 * the event names ("ArrowRight") the registry matches on.
 */
export function keyCaps(shortcut: string, mac: boolean): KeyCap[] {
  const parts = shortcut.length > 1 && shortcut.endsWith('+') ? [...shortcut.slice(0, -2).split('+'), '+'] : shortcut.split('+');
  return parts.map((part) => {
    const named = NAMED[part.toLowerCase()];
    if (named) return mac ? named.mac : named.pc;
    return { text: part.length === 1 ? part.toUpperCase() : part };
  });
}

/** Arrow keys, shown together as one group rather than as four alternatives. */
export function isArrowKey(shortcut: string): boolean {
  return /^Arrow(Up|Down|Left|Right)$/.test(shortcut);
}
