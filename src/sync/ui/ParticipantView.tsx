import { useCallback, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useWorkshopT, type WorkshopKey } from '../../i18n/useWorkshopT';
import { tagLabel } from '../../i18n';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { useSyncStore } from '../../store/syncStore';
import type { Partner } from '../../domain/arena';
import { placementOf } from '../../domain/rings';
import { GoalMap } from '../../canvas/GoalMap';
import { SyncStatus } from '../../editor/SyncStatus';
import { Settings } from '../../app/Settings';
import type { SessionState } from '../../editor/useArenaSession';
import { useFindings } from '../../panels/useFindings';
import { mayEditPartner } from '../client/permissions';
import { rememberParticipant } from '../client/identity';
import { NamePrompt } from './JoinScreen';
import { PartnerSheet } from './PartnerSheet';
import { AddedBy, ParticipantPartners, ParticipantWarnings } from './ParticipantLists';
import './workshop.css';

type Pane = 'map' | 'partners' | 'warnings' | 'add' | { edit: string };
const nothing = () => {};

import { ArenaLoadMessage, isOpen } from '../../editor/ArenaLoadMessage';
/**
 * A workshop participant's screen, made for a phone held in one hand (360–430 px, touch): the map to look
 * at and zoom, the partners ring by ring with who added them, the warnings (unless the facilitator hides
 * them), and *Add a partner*, a form with the ring picked from a list. What the participant may change
 * follows the facilitator's mode; locked, ended or refused, everything is read-only and a banner says why.
 */
export function ParticipantScreen({ load }: { load: SessionState }) {
  return isOpen(load) ? <ParticipantView /> : <ArenaLoadMessage load={load} />;
}

function ParticipantView() {
  const t = useWorkshopT();
  const title = useDocumentStore((s) => s.doc?.title ?? '');
  const goal = useDocumentStore((s) => s.doc?.goal ?? '');
  const partners = useDocumentStore((s) => s.doc?.partners);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const me = useSyncStore((s) => s.me);
  const room = useSyncStore((s) => s.share?.room);
  const workshop = useSyncStore((s) => s.workshop);
  const [pane, setPane] = useState<Pane>('map');
  const selectedId = useSessionStore((s) => s.selectedId);

  const context = useMemo(() => (me ? { me, mode: workshop.mode, locked: workshop.locked || readOnly } : null), [me, workshop.mode, workshop.locked, readOnly]);
  const mayEdit = useCallback((p: Partner) => !!context && mayEditPartner(p, context), [context]);
  const editing = typeof pane === 'object' ? partners?.[pane.edit] : undefined;
  const selected = pane === 'map' && selectedId ? partners?.[selectedId] : undefined;
  const show = (next: Pane) => {
    useSessionStore.getState().select(null);
    setPane(next);
  };

  if (me && !me.name && room) {
    return (
      <div className="editor-message join-workshop">
        <h1>{t('workshop.join.title')}</h1>
        <NamePrompt onName={(name) => useSyncStore.getState().set({ me: rememberParticipant(room, name) })} />
      </div>
    );
  }

  // A partner being changed here that someone deleted meanwhile: back to the list.
  const active = typeof pane === 'object' ? (editing ? 'edit' : 'partners') : pane;
  return (
    <ReactFlowProvider>
      <div className="participant" data-pane={active}>
        <header className="participant-header">
          <a className="back-link" href="#/" aria-label={t('editor.back')}>
            ←
          </a>
          <div className="participant-titles">
            <h1>{title}</h1>
            {goal && <p className="participant-goal">{goal}</p>}
          </div>
          <Settings />
        </header>
        <div className="participant-status">
          {me && <span className="participant-me">{t('workshop.you', { name: me.name })}</span>}
          <SyncStatus />
        </div>
        <AccessBanner />
        {workshop.round && <p className="participant-round">{t('workshop.round', { round: workshop.round })}</p>}
        <main className="participant-body">
          <div className="participant-map" id="participant-map">
            <GoalMap onMeasured={nothing} editable={false} />
          </div>
          {active === 'add' && (
            <div className="participant-pane">
              <PartnerSheet onDone={() => show('map')} />
            </div>
          )}
          {active === 'edit' && editing && (
            <div className="participant-pane">
              <PartnerSheet key={editing.id} partner={editing} onDone={() => show('partners')} />
            </div>
          )}
          {active === 'partners' && (
            <div className="participant-pane" id="participant-partners">
              <ParticipantPartners mayEdit={mayEdit} onEdit={(id) => show({ edit: id })} />
            </div>
          )}
          {active === 'warnings' && (
            <div className="participant-pane" id="participant-warnings">
              <ParticipantWarnings />
            </div>
          )}
          {selected && <PartnerCard partner={selected} mayEdit={mayEdit(selected)} onEdit={() => show({ edit: selected.id })} />}
          {!readOnly && (active === 'map' || active === 'partners') && !selected && (
            <button type="button" className="button primary participant-add" onClick={() => show('add')}>
              {t('workshop.add')}
            </button>
          )}
        </main>
        <nav className="participant-tabs" aria-label={t('workshop.views')}>
          <Tab pane="map" active={active} label={t('workshop.tab.map')} onShow={show} />
          <Tab pane="partners" active={active} label={t('workshop.tab.partners')} count={partners ? Object.keys(partners).length : 0} onShow={show} />
          <Tab pane="warnings" active={active} label={t('workshop.tab.warnings')} count={<WarningCount />} onShow={show} />
        </nav>
      </div>
    </ReactFlowProvider>
  );
}

function Tab({ pane, active, label, count, onShow }: { pane: 'map' | 'partners' | 'warnings'; active: string; label: string; count?: React.ReactNode; onShow(p: Pane): void }) {
  return (
    <button type="button" className={`pane-tab${active === pane ? ' is-active' : ''}`} aria-pressed={active === pane} aria-controls={pane === 'map' ? 'participant-map' : undefined} onClick={() => onShow(pane)}>
      {label}
      {typeof count === 'number' ? count > 0 && <span className="tab-count">{count}</span> : count}
    </button>
  );
}

/** How many warnings are open now (none shown while the facilitator hides them). */
function WarningCount() {
  const hidden = useSyncStore((s) => s.workshop.warningsHidden && !(s.connection?.state === 'refused' && s.connection.refusal === 'secret'));
  const acknowledgements = useDocumentStore((s) => s.doc?.acknowledgements);
  const open = useFindings().filter((f) => f.severity !== 'info' && !acknowledgements?.[f.key]).length;
  return !hidden && open ? <span className="tab-count">{open}</span> : null;
}

/** A partner tapped on the map: what it is and who added it, and *Change* when this participant may. */
function PartnerCard({ partner, mayEdit, onEdit }: { partner: Partner; mayEdit: boolean; onEdit(): void }) {
  const t = useWorkshopT();
  const tags = useDocumentStore((s) => s.doc?.tags) ?? {};
  const labels = [
    ...partner.expertise.map((k) => tagLabel(t, 'expertise', k, tags)),
    ...(partner.style ? [tagLabel(t, 'style', partner.style, tags)] : []),
    ...partner.perspective.map((k) => tagLabel(t, 'perspective', k, tags)),
  ];
  return (
    <section className="partner-card" aria-label={partner.name}>
      <h2>{partner.name}</h2>
      <p>
        {t(`ring.${placementOf(partner.position)}`)}
        {partner.type && ` · ${partner.type}`}
      </p>
      {labels.length > 0 && <p className="participant-tags">{labels.join(', ')}</p>}
      <AddedBy partner={partner} />
      <div className="row">
        {mayEdit && (
          <button type="button" className="button primary" onClick={onEdit}>
            {t('workshop.change')}
          </button>
        )}
        <button type="button" className="button" onClick={() => useSessionStore.getState().select(null)}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}

/** Why this phone cannot change the map, or what it may do. */
function AccessBanner() {
  const t = useWorkshopT();
  const workshop = useSyncStore((s) => s.workshop);
  const connection = useSyncStore((s) => s.connection);
  const tooNew = useSyncStore((s) => s.report.tooNew);
  if (tooNew) return null;
  const refusal = connection?.state === 'refused' ? connection.refusal : null;
  const alert: WorkshopKey | null =
    refusal === 'secret' ? 'workshop.ended' : refusal === 'locked' ? 'workshop.refusedLocked' : refusal === 'notAllowed' ? 'workshop.refusedNotAllowed' : null;
  if (alert)
    return (
      <p className="banner warning participant-banner" role="alert">
        {t(alert)}
      </p>
    );
  if (workshop.locked)
    return (
      <p className="banner warning participant-banner" role="status">
        {t('workshop.locked')}
      </p>
    );
  return (
    <p className="participant-mode muted" role="status">
      {t(`workshop.mode.${workshop.mode}`)}
    </p>
  );
}
