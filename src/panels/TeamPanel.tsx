import { useSyncStore } from '../store/syncStore';
import { memo, useMemo } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { addTeamMember, removeTeamMember, setAnswer } from '../store/networkActions';
import { AGREEMENT_MAX, AGREEMENT_MIN, ROLE_COVERED_FROM, ROLES, ROLE_STATEMENTS, membersInOrder, statementKey, teamView, type RoleId } from '../domain/roles';
import type { TeamMember } from '../domain/arena';
import type { MessageKey } from '../i18n';
import { useLanguage, useT } from '../i18n/useT';
import { joinOr } from './findingText';
import { AddByNameForm } from '../ui/AddByNameForm';

const SCALE = Array.from({ length: AGREEMENT_MAX - AGREEMENT_MIN + 1 }, (_, i) => AGREEMENT_MIN + i);

/** The network-management roles self-check: a profile per colleague and a team view of the gaps. */
export function TeamPanel() {
  const t = useT();
  const team = useDocumentStore((s) => s.doc?.team);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const members = useMemo(() => (team ? membersInOrder(team) : []), [team]);
  const view = useMemo(() => teamView(members), [members]);
  const roleName = (r: RoleId) => t(`roles.name.${r}`);
  const nameOf = (id: string) => team?.[id]?.name ?? '';
  return (
    <fieldset className="plain team-panel" disabled={readOnly}>
      <h2>{t('roles.title')}</h2>
      <p className="muted small">{t('roles.intro')}</p>
      {members.length > 0 && (
        <section className="team-view" aria-labelledby="team-view-heading" role="region">
          <h3 id="team-view-heading">{t('team.view')}</h3>
          <ul>
            {ROLES.map((r) => (
              <li key={r} className={view.coveredBy[r].length ? 'covered' : 'uncovered'}>
                <strong>{roleName(r)}</strong>:{' '}
                {view.coveredBy[r].length ? t('roles.coveredBy', { names: joinOr(view.coveredBy[r].map(nameOf), t('team.and')) }) : t('team.nobody')}
              </li>
            ))}
          </ul>
          <p className={view.uncovered.length ? 'warn-text' : 'ok-text'} role="status">
            {view.uncovered.length ? t('roles.uncovered', { roles: joinOr(view.uncovered.map(roleName), t('team.and')) }) : t('roles.allCovered')}
          </p>
          {view.overloaded.map((id) => (
            <p key={id} className="warn-text" role="alert">
              ⚠ {t('roles.overloaded', { name: nameOf(id) })}
            </p>
          ))}
          <details className="finding-source">
            <summary>{t('warnings.source')}</summary>
            <p>{t('roles.how', { min: ROLE_COVERED_FROM })}</p>
            <p>{t('roles.source')}</p>
          </details>
        </section>
      )}
      <AddByNameForm label={t('team.colleague')} submitLabel={t('team.add')} emptyMessage={t('team.nameEmpty')} onAdd={(name) => addTeamMember(name).ok} />
      <ul className="action-list">
        {members.map((m) => (
          <MemberCheck key={m.id} member={m} />
        ))}
      </ul>
    </fieldset>
  );
}

const MemberCheck = memo(function MemberCheck({ member }: { member: TeamMember }) {
  const t = useT();
  const language = useLanguage();
  const view = useMemo(() => teamView([member]), [member]);
  const profile = view.profiles[member.id]!;
  const fmt = new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <li className="action-item">
      <details>
        <summary>
          <span className="action-title">{member.name}</span>
          <span className="muted small">
            {' '}
            · {ROLES.map((r) => `${t(`roles.name.${r}`)} ${profile[r] === null ? '–' : fmt.format(profile[r])}`).join(' · ')}
          </span>
        </summary>
        {ROLES.map((r) => (
          <fieldset key={r} className="role-check">
            <legend>
              {t(`roles.name.${r}`)} <span className="muted small">{t(`roles.description.${r}`)}</span>
            </legend>
            {ROLE_STATEMENTS[r].map((sid) => (
              <div key={sid} className="statement" role="radiogroup" aria-label={t(statementKey(sid) as MessageKey)}>
                <p>{t(statementKey(sid) as MessageKey)}</p>
                <div className="agree-scale">
                  {SCALE.map((v) => (
                    <label key={v}>
                      <input type="radio" name={`${member.id}-${sid}`} checked={member.answers[sid] === v} onChange={() => setAnswer(member.id, sid, v)} aria-label={`${v}: ${t(`roles.scale.${v}` as MessageKey)}`} />
                      <span aria-hidden="true">{v}</span>
                    </label>
                  ))}
                </div>
                {/* What the ends mean, on screen rather than in a tooltip a finger cannot open; each radio says it to a screen reader. */}
                <p className="agree-scale-ends" aria-hidden="true">
                  <span>{t(`roles.scale.${AGREEMENT_MIN}` as MessageKey)}</span>
                  <span>{t(`roles.scale.${AGREEMENT_MAX}` as MessageKey)}</span>
                </p>
              </div>
            ))}
          </fieldset>
        ))}
        <MemberSharing id={member.id} />
        <button type="button" className="button small ghost danger" onClick={() => removeTeamMember(member.id)}>
          {t('team.remove', { name: member.name })}
        </button>
      </details>
    </li>
  );
});

/**
 * In a shared arena a member's answers are personal: they stay on the device they were given on until
 * their owner shares them with the group.
 */
function MemberSharing({ id }: { id: string }) {
  const t = useT();
  const shareMember = useSyncStore((s) => s.shareMember);
  const shared = useSyncStore((s) => s.sharedMembers.has(id));
  const readOnly = useDocumentStore((s) => s.readOnly);
  if (!shareMember) return null;
  if (shared) return <p className="muted small">{t('team.sharedAnswers')}</p>;
  return (
    <p className="muted small">
      {t('team.personalAnswers')}{' '}
      {!readOnly && (
        <button type="button" className="button small" onClick={() => shareMember(id)}>
          {t('team.shareAnswers')}
        </button>
      )}
    </p>
  );
}
