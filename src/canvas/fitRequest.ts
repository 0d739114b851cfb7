/**
 * "Zoom to fit" from outside the map (the F shortcut in the action registry): the map registers how it
 * fits itself, so every way of asking fits the same area.
 */
type FitHandler = (duration: number) => void;

let handler: FitHandler | null = null;

export function setFitHandler(next: FitHandler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

export function zoomToFit(duration = 200): void {
  handler?.(duration);
}
