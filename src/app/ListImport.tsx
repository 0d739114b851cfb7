import { lazy, Suspense } from 'react';
import { create } from 'zustand';

/**
 * Opening a partner list (CSV, Excel) from the home screen's Import, a drop on the window or the partner
 * list's *Import a list*: the mapping dialog, with the parsers and its texts, is a chunk loaded then.
 */
export interface ListImportRequest {
  file: File;
  /** Into a new arena (home) or into the arena open in the editor. */
  into: 'new' | 'open';
  /** A new file (dropped while the dialog is open) starts a new dialog. */
  id: number;
}

const useListImport = create<{ request: ListImportRequest | null }>(() => ({ request: null }));

export function openListImport(file: File, into: ListImportRequest['into']): void {
  useListImport.setState((s) => ({ request: { file, into, id: (s.request?.id ?? 0) + 1 } }));
}

/** By its name: a spreadsheet's own formats, and text lists (an arena file is .json or .png). */
export function isPartnerListFile(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx|xls)$/i.test(name);
}

const ListImportDialog = lazy(() => import('../listImport/ListImportDialog').then((m) => ({ default: m.ListImportDialog })));

export function ListImportHost() {
  const request = useListImport((s) => s.request);
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <ListImportDialog key={request.id} request={request} onClose={() => useListImport.setState({ request: null })} />
    </Suspense>
  );
}
