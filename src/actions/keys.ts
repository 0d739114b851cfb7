/** Keyboard shortcuts as text ("Mod+Shift+Z"), matching them against key events and showing them. */
import type { MessageKey } from '../i18n';

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * "Mod" is Ctrl, or Cmd on a Mac; both are accepted everywhere so a shortcut works whatever keyboard
 * the projector laptop has. Shift is implied by characters that need it ("?").
 */
export function matches(shortcut: string, e: KeyEventLike): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantMod = mods.has('mod') || mods.has('ctrl');
  const hasMod = e.ctrlKey || e.metaKey;
  if (wantMod !== hasMod) return false;
  if (mods.has('alt') !== e.altKey) return false;
  const isSymbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!isSymbol && mods.has('shift') !== e.shiftKey) return false;
  return e.key.toLowerCase() === key.toLowerCase();
}

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

/** Typing in a field must never fire a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return false;
}
