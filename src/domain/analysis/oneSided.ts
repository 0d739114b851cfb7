/**
 * Shared by the one-sided expertise and one-sided style rules: a category that covers at least
 * TILTED_SHARE of the tagged partners at the table is a warning, at least SKEWED_SHARE severe.
 */
import type { Attribute } from '../vocabularies';
import type { AttributeComposition, Composition } from './composition';
import { MIN_AT_TABLE, MIN_TAGGED, SKEWED_SHARE, TILTED_SHARE, atLeast } from './thresholds';
import { makeFinding, type Finding, type RuleId, type Severity } from './types';

/** Severity of a share: severe from SKEWED_SHARE, warning from TILTED_SHARE, otherwise null. */
export function oneSidedSeverity(share: number): Exclude<Severity, 'info'> | null {
  if (atLeast(share, SKEWED_SHARE)) return 'severe';
  if (atLeast(share, TILTED_SHARE)) return 'warning';
  return null;
}

/** True when the attribute has enough tagged partners (and the table enough partners) to judge shares. */
export function enoughTagged(composition: Composition, attr: AttributeComposition): boolean {
  return composition.atTable.length >= MIN_AT_TABLE && attr.tagged >= MIN_TAGGED;
}

/** Whether any category of the attribute is one-sided (used by low variety to tone itself down). */
export function isOneSided(composition: Composition, attribute: Attribute): boolean {
  const attr = composition.attributes[attribute];
  return enoughTagged(composition, attr) && attr.categories.some((c) => oneSidedSeverity(c.share) !== null);
}

export function oneSidedFindings(rule: RuleId, attribute: Attribute, composition: Composition): Finding[] {
  const attr = composition.attributes[attribute];
  if (!enoughTagged(composition, attr)) return [];
  const findings: Finding[] = [];
  for (const category of attr.categories) {
    const severity = oneSidedSeverity(category.share);
    if (!severity) continue;
    findings.push(
      makeFinding({
        rule,
        severity,
        attribute,
        subject: category.key,
        partners: category.partners.slice(),
        numbers: {
          share: category.share,
          count: category.count,
          tagged: attr.tagged,
          atTable: composition.atTable.length,
          threshold: severity === 'severe' ? SKEWED_SHARE : TILTED_SHARE,
        },
        missing: attr.missing.slice(),
      }),
    );
  }
  return findings;
}
