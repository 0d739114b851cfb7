/**
 * Low variety of expertise: normalised Blau index below LOW_VARIETY_BELOW (Blau 1977; Harrison & Klein
 * 2007), among at least MIN_TAGGED expertise-tagged partners.
 *
 * Severity: 'warning' on its own; 'info' when one-sided expertise also fires. Both then describe the
 * same table from two angles (a dominant category vs. the spread over all categories); the variety
 * number stays visible without a second warning for one problem. With k = 12 or more categories a score
 * below 0.5 nearly always comes with a one-sided category, so in practice it is mostly the info note.
 * Partners concerned: all tagged partners at the table (the whole spread is the subject).
 */
import { enoughTagged, isOneSided } from './oneSided';
import { LOW_VARIETY_BELOW } from './thresholds';
import { makeFinding, type Rule } from './types';

export const lowVariety: Rule = {
  id: 'lowVariety',
  evaluate: ({ composition }) => {
    const expertise = composition.attributes.expertise;
    if (!enoughTagged(composition, expertise)) return [];
    if (expertise.diversity >= LOW_VARIETY_BELOW) return [];
    const untagged = new Set(expertise.untagged);
    return [
      makeFinding({
        rule: 'lowVariety',
        severity: isOneSided(composition, 'expertise') ? 'info' : 'warning',
        attribute: 'expertise',
        partners: untagged.size === 0 ? composition.atTable.slice() : composition.atTable.filter((id) => !untagged.has(id)),
        numbers: {
          score: expertise.diversity,
          threshold: LOW_VARIETY_BELOW,
          categories: expertise.categories.length,
          vocabularySize: expertise.vocabularySize,
          tagged: expertise.tagged,
          atTable: composition.atTable.length,
        },
        missing: expertise.missing.slice(),
      }),
    ];
  },
};
