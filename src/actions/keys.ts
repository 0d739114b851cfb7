/** Keyboard shortcuts as text ("Mod+Shift+Z") and matching them against key events. */
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
