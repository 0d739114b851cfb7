import { t, type Translate } from './index';

/** The translate function for components. One language for now; the switch hooks in here. */
export function useT(): Translate {
  return t;
}
