/**
 * How safe the browser keeps Arena's data. Storage is "best effort" by default: a browser may clear it
 * when the disk fills up. Asking for persistent storage (at the first saved arena) prevents that where
 * the browser agrees.
 */
export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export async function requestPersistence(): Promise<boolean | null> {
  const m = manager();
  if (!m?.persist || !m.persisted) return null;
  try {
    if (await m.persisted()) return true;
    return await m.persist();
  } catch {
    return null;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const m = manager();
  if (!m) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    m.persisted ? m.persisted().catch(() => null) : Promise.resolve(null),
    m.estimate ? m.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
