import { useEffect, useState } from 'react';
import { useWorkshopT } from '../../i18n/useWorkshopT';
import { useSyncStore } from '../../store/syncStore';
import { readableLink } from '../client/links';
import { openWorkshop } from '../client/workshop';
import { QrCode } from './QrCode';
import './workshop.css';

/**
 * Presentation mode's join step: the workshop's participant link as a QR code as large as the screen
 * allows, with the link to type beside it. Opens the workshop when this arena has none open yet.
 */
export function PresentJoin() {
  const t = useWorkshopT();
  const share = useSyncStore((s) => s.share);
  const link = useSyncStore((s) => s.workshopLink);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (link || !share || share.role !== 'edit') return;
    openWorkshop(share).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [link, share]);
  return (
    <section className="present-join" aria-label={t('sync.presentJoin')}>
      {link ? (
        <>
          <span data-testid="present-qr">
            <QrCode text={link.url} label={t('workshop.qr')} size={640} />
          </span>
          <div className="present-join-text">
            <p>{t('workshop.presentScan')}</p>
            <p className="readable-link">{readableLink(link.url)}</p>
          </div>
        </>
      ) : problem ? (
        <p role="alert">{problem}</p>
      ) : (
        <p className="muted">{t('workshop.starting')}</p>
      )}
    </section>
  );
}
