/**
 * "Tidy up" from outside the map (the T shortcut in the action registry): the map registers how it moves
 * overlapping partners apart, since it knows their measured sizes.
 */
type TidyHandler = () => void;

let handler: TidyHandler | null = null;

export function setTidyHandler(next: TidyHandler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

export function tidyMap(): void {
  handler?.();
}
