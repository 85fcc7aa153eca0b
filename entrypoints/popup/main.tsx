import './popup.css';
import { mountApp } from '@/components/mount-app';
import { App } from './App';

mountApp(<App />);
