/**
 * No partner at the table brings the user / target-group or resident perspective (seed: "do not forget
 * the user's perspective"). Partners without a perspective tag count as not bringing it; the 'untagged'
 * rule lists them beside this warning.
 */
import { USER_PERSPECTIVES, PERSPECTIVE_KEYS } from '../vocabularies';
import { MIN_AT_TABLE } from './thresholds';
import { makeFinding, type Rule } from './types';

export const missingUserPerspective: Rule = {
  id: 'missingUserPerspective',
  evaluate: ({ composition }) => {
    const atTable = composition.atTable.length;
    if (atTable < MIN_AT_TABLE) return [];
    const perspective = composition.attributes.perspective;
    if (perspective.categories.some((c) => USER_PERSPECTIVES.includes(c.key))) return [];
    return [
      makeFinding({
        rule: 'missingUserPerspective',
        severity: 'warning',
        attribute: 'perspective',
        partners: composition.atTable.slice(),
        numbers: { atTable, tagged: perspective.tagged, withUserPerspective: 0 },
        missing: PERSPECTIVE_KEYS.filter((key) => USER_PERSPECTIVES.includes(key)),
      }),
    ];
  },
};
