import { useEffect, useState } from 'react';
import { loadSettings, watchSettings } from '@/adapters/settings';
import type { Settings } from '@/lib/settings';

/** The user's settings, live; undefined while loading. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
