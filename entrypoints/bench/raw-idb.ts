// Plain IndexedDB, the baseline the Dexie figures are compared with. The schema mirrors the
// contacts table of lib/db.ts index for index, so both sides maintain the same indexes.

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error('IndexedDB transaction failed'));
    };
    tx.onabort = () => {
      reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    };
  });
}

/** Opens an existing database at its current version (the one Dexie created). */
export function openExisting(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** A fresh database with a contacts store shaped like lib/db.ts's. */
export async function openRawContacts(name: string): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('contacts', { keyPath: 'id' });
    store.createIndex('profileUrl', 'profileUrl', { unique: true });
    store.createIndex('aliases', 'aliases', { multiEntry: true });
    for (const field of ['memberId', 'nextDueAt', 'overdueFrom', 'name']) {
      store.createIndex(field, field);
    }
    store.createIndex('[dueTier+nextDueAt]', ['dueTier', 'nextDueAt']);
  };
  return request(open);
}

export async function deleteDatabase(name: string): Promise<void> {
  await request(indexedDB.deleteDatabase(name));
}
