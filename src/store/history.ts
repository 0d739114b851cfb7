/** Undo history of the document only (selection and viewport are not steps). */
import type { Arena } from '../domain/arena';

export const HISTORY_LIMIT = 200;

export interface History {
  past: Arena[];
  future: Arena[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

export function record(history: History, before: Arena): History {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(before);
  return { past, future: [] };
}
