import { lazy } from 'react';
import { useT } from '../i18n/useT';
import { withAnalysisTexts } from '../i18n/analysisTexts';
import { DialogButton } from '../ui/DialogButton';

// The options load with the dialog: they are not needed to open an arena.
const ExportOptions = lazy(() => withAnalysisTexts(import('./ExportOptions')).then((m) => ({ default: m.ExportOptions })));

/**
 * Export as image (with the arena inside), arena file or partner list. The export code loads on first use; the
 * options (and the findings they export) exist only while the dialog is open, so an arena opens without
 * analysing itself a second time for a dialog nobody has asked for.
 * `versions`: the arena file may carry the arena's saved versions (not when a version itself is shown).
 */
export function ExportButton({ versions = true }: { versions?: boolean }) {
  const t = useT();
  return (
    <DialogButton label={t('export.button')} title={t('export.title')} closeLabel={t('common.close')}>
      <ExportOptions versions={versions} />
    </DialogButton>
  );
}
