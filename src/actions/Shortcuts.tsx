import { useShortcuts } from './useShortcuts';

/** Mounts the keyboard handler inside the React Flow provider (it zooms and pans the map). */
export function Shortcuts() {
  useShortcuts();
  return null;
}
