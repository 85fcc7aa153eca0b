import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '@/lib/backup';
import { withSchedule } from '@/lib/contacts/schedule';
import { newContact } from '@/lib/contact-new';
import type { Contact } from '@/lib/model';
import { calendarDate, plusDays } from '@/lib/reminders';
import { launchExtension, type LaunchedExtension } from '../../scripts/chromium.mjs';
import { importFile, pollBadge } from './helpers';

const now = new Date();
const today = calendarDate(now);

function trackedContact(name: string, lastContactedAt: string, fields: Partial<Contact> = {}) {
  return withSchedule({
    ...newContact({ name }, now),
    status: 'tracked',
    cadenceDays: 30,
    lastContactedAt,
    ...fields,
  });
}

// 30 due colleagues, one due former boss who vouches (the top of the list although the least
// overdue), and 12 falling due in the next two weeks.
const due = Array.from({ length: 30 }, (_, i) =>
  trackedContact(`Colleague ${String(i + 1).padStart(2, '0')}`, plusDays(today, -(40 + i)), {
    roles: ['colleague'],
  }),
);
const boss = trackedContact('Zora Boss', plusDays(today, -30), {
  roles: ['former-manager'],
  warmth: 'warm',
  reference: 'yes',
});
const soon = Array.from({ length: 12 }, (_, i) =>
  trackedContact(`Soon ${String(i + 1).padStart(2, '0')}`, plusDays(today, -(29 - i))),
);

describe('the popup with many follow-ups', () => {
  let ext: LaunchedExtension;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    const dir = mkdtempSync(join(tmpdir(), 'formerly-popup-'));
    const path = join(dir, 'formerly-backup.json');
    const contacts = [...due, boss, ...soon];
    writeFileSync(path, createBackup({ contacts, interactions: [], events: [], myJobs: [] }, now));
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await importFile(options, 'Restore backup', path, '43 new');
    await options.close();
    expect(await pollBadge(ext, '31')).toBe('31');
    popup = await ext.context.newPage();
    await popup.goto(ext.url('popup.html'));
  });

  afterAll(async () => {
    await ext.close();
  });

  const dueItems = (): ReturnType<Page['locator']> =>
    popup.locator('h1 ~ ul.list:not(.coming) > li');

  it('should list the first 25 by priority, the warmest tie first', async () => {
    await dueItems().first().waitFor();
    expect(await dueItems().count()).toBe(25);
    expect(await dueItems().first().textContent()).toContain('Zora Boss');
    // Then the colleagues, most overdue first.
    expect(await dueItems().nth(1).textContent()).toContain('Colleague 30');
  });

  it('should show the rest of the coming two weeks as a count', async () => {
    const coming = popup.locator('ul.list.coming > li');
    expect(await coming.count()).toBe(10);
    await popup.getByText('and 2 more in the next 14 days').waitFor();
  });

  it('should show all 31 on Show all', async () => {
    await popup.getByRole('button', { name: 'Show all 31' }).click();
    await expect.poll(() => dueItems().count()).toBe(31);
    expect(await popup.getByRole('button', { name: 'Show all 31' }).count()).toBe(0);
    expect(await dueItems().last().textContent()).toContain('Colleague 01');
  });
});
