import './options.css';
import { t } from '@/adapters/i18n';
import { mountApp } from '@/components/mount-app';
import { App } from './App';

mountApp(<App />, t('options.pageTitle'));
