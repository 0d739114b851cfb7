import { useDocumentStore } from '../store/documentStore';
import { setGovernance, setStrategic } from '../store/networkActions';
import { useT } from '../i18n/useT';
import { GovernanceAdvisor } from './GovernanceAdvisor';
import { TextField } from '../ui/TextField';

const ALONE = ['yes', 'partly', 'no'] as const;

/** The questions that come before the map: is a network needed, and what result shows the goal is reached? */
export function GoalPanel() {
  const t = useT();
  const strategic = useDocumentStore((s) => s.doc?.strategic);
  const governance = useDocumentStore((s) => s.doc?.governance);
  const readOnly = useDocumentStore((s) => s.readOnly);
  if (!strategic || !governance) return null;
  return (
    <fieldset className="plain goal-panel" disabled={readOnly}>
      <section aria-labelledby="strategic-heading">
        <h2 id="strategic-heading">{t('strategic.title')}</h2>
        <fieldset className="radio-row">
          <legend>{t('strategic.alone')}</legend>
          {ALONE.map((v) => (
            <label key={v}>
              <input type="radio" name="alone" checked={strategic.alone === v} onChange={() => setStrategic({ alone: v })} /> {t(`strategic.alone.${v}`)}
            </label>
          ))}
        </fieldset>
        <TextField label={t('strategic.aloneWhy')} value={strategic.aloneWhy} onCommit={(aloneWhy) => setStrategic({ aloneWhy })} multiline />
        <TextField label={t('strategic.complexity')} value={strategic.complexity} onCommit={(complexity) => setStrategic({ complexity })} multiline />
        <TextField label={t('strategic.result')} value={strategic.result} onCommit={(result) => setStrategic({ result })} multiline />
        <TextField label={t('strategic.deadline')} value={strategic.deadline} onCommit={(deadline) => setStrategic({ deadline })} />
      </section>
      <section aria-labelledby="mandate-heading">
        <h2 id="mandate-heading">{t('mandate.title')}</h2>
        <label className="check-row">
          <input type="checkbox" checked={governance.mandated} onChange={(e) => setGovernance({ mandated: e.target.checked })} /> {t('mandate.mandated')}
        </label>
        {governance.mandated && <TextField label={t('mandate.note')} value={governance.mandateNote} onCommit={(mandateNote) => setGovernance({ mandateNote })} />}
      </section>
      <GovernanceAdvisor />
    </fieldset>
  );
}

