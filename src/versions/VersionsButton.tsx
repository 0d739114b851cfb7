import { lazy } from 'react';
import { useVersionsT } from '../i18n/useVersionsT';
import { DialogButton } from '../ui/DialogButton';

// The dialog's contents (saving, the list, compare) load when it first opens.
const VersionsPanel = lazy(() => import('./VersionsPanel').then((m) => ({ default: m.VersionsPanel })));

/** Versions: save the arena as it is now under a name, and list, open, compare, export or restore saved ones. */
export default function VersionsButton() {
  const t = useVersionsT();
  return (
    <DialogButton label={t('versions.button')} title={t('versions.button')} dialogClassName="versions-dialog" closeLabel={t('common.close')}>
      <VersionsPanel />
    </DialogButton>
  );
}
