import { useMemo, useRef, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useDeferredDocument } from '../store/useDeferredDocument';
import { dismissDuplicates, mergePartners } from '../store/duplicateActions';
import { findDuplicates, type DuplicateGroup } from '../domain/duplicates';
import { knownOrganisations } from '../domain/partnerDirectory';
import type { Partner } from '../domain/arena';
import { useDigests } from '../persistence/hooks';
import { useT } from '../i18n/useT';
import type { Translate } from '../i18n';

/** Offers shown at once; the rest behind "Show N more". */
const SHOWN = 3;

/**
 * Likely duplicates in the partner list ("CAW and CAW Oost-Vlaanderen may be the same organisation"), each
 * with its reason, *Merge* and *Not the same* (remembered in the arena). Nothing when there are none.
 */
export function DuplicateOffers() {
  const t = useT();
  const partners = useDeferredDocument((s) => s.doc?.partners);
  const acknowledgements = useDeferredDocument((s) => s.doc?.acknowledgements);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const known = useKnownOrganisations(useDeferredDocument((s) => s.doc?.id));
  const [all, setAll] = useState(false);
  const [merged, setMerged] = useState<string | null>(null);
  const groups = useMemo(
    () => (partners ? findDuplicates(partners, { known, isDismissed: (key) => !!acknowledgements && Object.hasOwn(acknowledgements, key) }) : []),
    [partners, acknowledgements, known],
  );
  if (readOnly || !partners) return null;
  const shown = all ? groups : groups.slice(0, SHOWN);
  return (
    <>
      {/* Always in the page, so a screen reader hears the merge it just did. */}
      <p className="visually-hidden" role="status">
        {merged ? t('duplicates.merged', { name: merged }) : ''}
      </p>
      {groups.length > 0 && (
        <section className="duplicate-offers" aria-label={t('duplicates.title')}>
          <ul>
            {shown.map((group) => (
              <Offer key={group.key} group={group} partners={partners} t={t} onMerged={setMerged} />
            ))}
          </ul>
          {groups.length > shown.length && (
            <button type="button" className="button small ghost" onClick={() => setAll(true)}>
              {t('duplicates.more', { count: groups.length - shown.length })}
            </button>
          )}
        </section>
      )}
    </>
  );
}

function Offer({ group, partners, t, onMerged }: { group: DuplicateGroup; partners: Record<string, Partner>; t: Translate; onMerged: (name: string) => void }) {
  const names = group.ids.map((id) => partners[id]?.name ?? '');
  const quoted = joinAnd(names.map((n) => `“${n}”`), t('duplicates.and'));
  const survivor = names[0]!;
  const reason =
    group.reason.kind === 'directory' ? t('duplicates.reason.directory', { known: group.reason.known }) : t(`duplicates.reason.${group.reason.kind}`);
  return (
    <li className="duplicate-offer" data-testid="duplicate-offer">
      <p className="duplicate-offer-text">{t('duplicates.offer', { names: quoted })}</p>
      <p className="duplicate-offer-reason">{reason}</p>
      <div className="duplicate-offer-actions">
        <button
          type="button"
          className="button small primary"
          aria-label={t('duplicates.mergeLabel', { names: quoted, name: survivor })}
          title={t('duplicates.mergeHint', { name: survivor })}
          onClick={() => {
            if (mergePartners(group.ids)) onMerged(survivor);
          }}
        >
          {t('duplicates.merge')}
        </button>
        <button type="button" className="button small ghost" aria-label={t('duplicates.notSameLabel', { names: quoted })} onClick={() => dismissDuplicates(group.ids)}>
          {t('duplicates.notSame')}
        </button>
      </div>
    </li>
  );
}

function joinAnd(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * The organisations known from this device's other arenas, the same object while they stay the same (the
 * digests are read again whenever any arena is saved, this one too), so the duplicates are not worked out
 * again on every save.
 */
function useKnownOrganisations(arenaId: string | undefined): ReadonlyMap<string, { name: string }> | undefined {
  const digests = useDigests();
  const last = useRef<{ signature: string; known: ReadonlyMap<string, { name: string }> } | null>(null);
  return useMemo(() => {
    if (!digests) return undefined;
    const known = knownOrganisations(digests, arenaId);
    const signature = [...known.keys()].join('\u0001');
    if (last.current?.signature !== signature) last.current = { signature, known };
    return last.current.known;
  }, [digests, arenaId]);
}
