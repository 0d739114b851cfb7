/**
 * Why the governance advisor advises what it does (domain/governance.ts), as a list the panel says in
 * words: which of the rules taken from Provan & Kenis (2008) decided. Apart from governance.ts because
 * only the advisor's panel, loaded when used, needs it; the warnings need the verdict only.
 */
import { GOVERNANCE_FORMS } from './arena';
import { MIN_KNOWN_CRITERIA, SHARED_MAX_PARTICIPANTS, type GovernanceValues, type Recommendation, type TrustLevel } from './governance';

export type Reason =
  | { id: 'thin'; known: number; min: number }
  | { id: 'sharedRuledOut'; participants: number; max: number }
  | { id: 'trustMeasured'; density: number; ties: number; level: TrustLevel }
  | { id: 'trustCentralised'; centre: string; centralisation: number }
  | { id: 'trustNotCentralised'; centralisation: number }
  | { id: 'closest' };

export function governanceReasons(rec: Recommendation, values: Partial<GovernanceValues>): Reason[] {
  const reasons: Reason[] = [];
  if (rec.thin) reasons.push({ id: 'thin', known: rec.known.length, min: MIN_KNOWN_CRITERIA });
  if (rec.ruledOut.includes('shared')) reasons.push({ id: 'sharedRuledOut', participants: values.participants ?? 0, max: SHARED_MAX_PARTICIPANTS });
  const m = values.measured;
  if (values.trustSource === 'measured' && values.trust && m && m.density !== null) {
    reasons.push({ id: 'trustMeasured', density: m.density, ties: m.ties, level: values.trust });
    if (rec.candidateLead && m.centralisation !== null) reasons.push({ id: 'trustCentralised', centre: rec.candidateLead, centralisation: m.centralisation });
    else if (m.centralisation !== null) reasons.push({ id: 'trustNotCentralised', centralisation: m.centralisation });
  }
  if (!rec.thin && GOVERNANCE_FORMS.some((f) => Object.values(rec.closeness[f]).some((c) => c === 0.5))) reasons.push({ id: 'closest' });
  return reasons;
}
