/**
 * Tokens: a category (expertise, style or perspective) brought by exactly one partner at the table
 * (Kanter 1977; Konrad, Kramer & Erkut 2008: a lone voice is easily ignored, about three start to
 * count). Info. Only judged on an attribute with at least MIN_TAGGED tagged partners (a lone voice needs
 * others around it). Subject `${attribute}/${key}`, so keys stay unique across attributes.
 */
import { ATTRIBUTES } from '../vocabularies';
import { enoughTagged } from './oneSided';
import { CRITICAL_MASS, TOKEN_COUNT } from './thresholds';
import { makeFinding, type Finding, type Rule } from './types';

export const token: Rule = {
  id: 'token',
  evaluate: ({ composition }) => {
    const findings: Finding[] = [];
    for (const attribute of ATTRIBUTES) {
      const attr = composition.attributes[attribute];
      if (!enoughTagged(composition, attr)) continue;
      for (const category of attr.categories) {
        if (category.count !== TOKEN_COUNT) continue;
        findings.push(
          makeFinding({
            rule: 'token',
            severity: 'info',
            attribute,
            subject: `${attribute}/${category.key}`,
            partners: category.partners.slice(),
            numbers: {
              count: category.count,
              share: category.share,
              criticalMass: CRITICAL_MASS,
              tagged: attr.tagged,
              atTable: composition.atTable.length,
            },
          }),
        );
      }
    }
    return findings;
  },
};
