/**
 * Untagged partners: partners at the table with no tag for an attribute are left out of that
 * attribute's shares (see composition.ts). This info finding, one per attribute (subject = attribute),
 * says so, so nobody is silently ignored.
 */
import { ATTRIBUTES } from '../vocabularies';
import { MIN_AT_TABLE } from './thresholds';
import { makeFinding, type Finding, type Rule } from './types';

export const untagged: Rule = {
  id: 'untagged',
  evaluate: ({ composition }) => {
    const atTable = composition.atTable.length;
    if (atTable < MIN_AT_TABLE) return [];
    const findings: Finding[] = [];
    for (const attribute of ATTRIBUTES) {
      const ids = composition.attributes[attribute].untagged;
      if (ids.length === 0) continue;
      findings.push(
        makeFinding({
          rule: 'untagged',
          severity: 'info',
          attribute,
          subject: attribute,
          partners: ids.slice(),
          numbers: { untagged: ids.length, atTable },
        }),
      );
    }
    return findings;
  },
};
