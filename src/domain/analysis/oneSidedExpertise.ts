/** "A hammer sees nails": one expertise category covers most of the table (seed; Kanter 1977). */
import { oneSidedFindings } from './oneSided';
import type { Rule } from './types';

export const oneSidedExpertise: Rule = {
  id: 'oneSidedExpertise',
  evaluate: ({ composition }) => oneSidedFindings('oneSidedExpertise', 'expertise', composition),
};
