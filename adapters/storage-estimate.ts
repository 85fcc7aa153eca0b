export interface StorageInfo {
  usedBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean;
}

/** How much room the browser gives Formerly, and whether it may evict the data. */
export async function storageInfo(): Promise<StorageInfo> {
  const estimate = await navigator.storage.estimate();
  const persisted = await navigator.storage.persisted();
  return { usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persisted };
}

/** Asks the browser never to evict Formerly's data under storage pressure. */
export function requestPersistence(): Promise<boolean> {
  return navigator.storage.persist();
}
