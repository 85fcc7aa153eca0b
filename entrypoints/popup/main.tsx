import './popup.css';
import { mountApp } from '@/components/mount-app';
import { getDb } from '@/lib/db';
import { App } from './App';

// Opening IndexedDB takes a few frames: start it now, while React builds the first render,
// instead of when the follow-ups query first asks for it. A failure surfaces in that query.
getDb()
  .open()
  .catch(() => undefined);
mountApp(<App />);
