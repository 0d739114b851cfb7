/** One working style (care, enforcing …) covers most of the table; same thresholds as expertise. */
import { oneSidedFindings } from './oneSided';
import type { Rule } from './types';

export const oneSidedStyle: Rule = {
  id: 'oneSidedStyle',
  evaluate: ({ composition }) => oneSidedFindings('oneSidedStyle', 'style', composition),
};
