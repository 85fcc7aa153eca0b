import { useCallback, useEffect, useState } from 'react';
import { afterWrite } from '@/adapters/after-write';
import { errorText, t } from '@/adapters/i18n';
import { loadSettings, saveSettings } from '@/adapters/settings';
import { requestPersistence, storageInfo, type StorageInfo } from '@/adapters/storage-estimate';
import { explainDbError, type FormerlyDb } from '@/lib/db';
import { deleteAllData } from '@/lib/delete-all';
import type { Settings } from '@/lib/settings';

export interface DataSettings {
  storage: StorageInfo | undefined;
  notice: string;
  persist: () => Promise<void>;
  deleteAll: () => Promise<void>;
  saveSettings: (settings: Settings) => Promise<void>;
}

export function useDataSettings(db: FormerlyDb): DataSettings {
  const [storage, setStorage] = useState<StorageInfo>();
  const [notice, setNotice] = useState('');
  const refresh = useCallback(() => {
    storageInfo().then(setStorage, () => {
      setStorage(undefined);
    });
  }, []);
  useEffect(refresh, [refresh]);
  return {
    storage,
    notice,
    persist: async () => {
      const granted = await requestPersistence();
      setNotice(granted ? t('data.protected') : t('data.declined'));
      refresh();
    },
    deleteAll: async () => {
      try {
        await deleteAllData(db);
        setNotice(t('data.allDeleted'));
        await afterWrite();
        refresh();
      } catch (error) {
        setNotice(errorText(explainDbError(error)));
      }
    },
    saveSettings: async (settings) => {
      await saveSettings({ ...(await loadSettings()), ...settings });
      setNotice(t('data.settingsSaved'));
    },
  };
}
