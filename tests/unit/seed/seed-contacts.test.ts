import { describe, expect, it } from 'vitest';
import { toCalendarDate } from '@/lib/clock';
import { canonicalProfileUrl } from '@/lib/csv/profile-url';
import { Contact, ContactEvent, Interaction } from '@/lib/model';
import { seedContacts } from '@/lib/seed';

const NOW = new Date('2026-03-15T10:30:00Z');
const TODAY = toCalendarDate(NOW);

describe('seedContacts', () => {
  const large = seedContacts(10_000, 42, NOW);
  const tracked = large.contacts.filter((c) => c.status === 'tracked');

  it('should give identical output for the same seed and now', () => {
    const expected = seedContacts(300, 7, NOW);
    const actual = seedContacts(300, 7, NOW);
    expect(actual).toEqual(expected);
  });

  it('should give different people for a different seed', () => {
    const a = seedContacts(50, 1, NOW).contacts.map((c) => c.name);
    const b = seedContacts(50, 2, NOW).contacts.map((c) => c.name);
    expect(a).not.toEqual(b);
  });

  it('should keep the first people the same when more are asked for', () => {
    const expected = seedContacts(100, 42, NOW).contacts;
    const actual = large.contacts.slice(0, 100);
    expect(actual).toEqual(expected);
  });

  it.each([0, 1, 1_000])('should give exactly %i contacts', (count) => {
    const actual = seedContacts(count, 3, NOW).contacts.length;
    expect(actual).toBe(count);
  });

  it('should track about one contact in ten', () => {
    const actual = tracked.length / large.contacts.length;
    expect(actual).toBeGreaterThan(0.09);
    expect(actual).toBeLessThan(0.11);
  });

  it('should make most tracked contacts due today and leave network contacts off the due index', () => {
    const due = large.contacts.filter((c) => c.nextDueAt !== undefined && c.nextDueAt <= TODAY);
    expect(due.every((c) => c.status === 'tracked')).toBe(true);
    expect(due.length / tracked.length).toBeGreaterThan(0.8);
    expect(due.length / tracked.length).toBeLessThan(0.95);
  });

  it('should give some tracked contacts a follow-up in the coming fortnight', () => {
    const actual = tracked.filter((c) => c.nextDueAt !== undefined && c.nextDueAt > TODAY).length;
    expect(actual).toBeGreaterThan(tracked.length * 0.05);
  });

  it('should give unique, canonical profile URLs and unique ids', () => {
    const urls = large.contacts.map((c) => c.profileUrl);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.every((url) => url !== undefined && canonicalProfileUrl(url) === url)).toBe(true);
    const ids = [...large.contacts, ...large.interactions, ...large.events].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should give each tracked contact one to three touches, the newest on Last contacted', () => {
    const byContact = new Map<string, Interaction[]>();
    for (const touch of large.interactions) {
      byContact.set(touch.contactId, [...(byContact.get(touch.contactId) ?? []), touch]);
    }
    expect(byContact.size).toBe(tracked.length);
    for (const contact of tracked) {
      const touches = byContact.get(contact.id) ?? [];
      expect(touches.length).toBeGreaterThanOrEqual(1);
      expect(touches.length).toBeLessThanOrEqual(3);
      expect(touches[0]?.at).toBe(contact.lastContactedAt);
    }
  });

  it('should record a saved event for every tracked contact', () => {
    const saved = new Set(large.events.filter((e) => e.kind === 'saved').map((e) => e.contactId));
    expect(saved).toEqual(new Set(tracked.map((c) => c.id)));
  });

  it('should only give records that the model schemas accept', () => {
    const sample = seedContacts(2_000, 11, NOW);
    const actual = [
      ...sample.contacts.map((c) => Contact.safeParse(c)),
      ...sample.interactions.map((i) => Interaction.safeParse(i)),
      ...sample.events.map((e) => ContactEvent.safeParse(e)),
    ].flatMap((result) => (result.success ? [] : [result.error.issues[0]]));
    expect(actual).toEqual([]);
  });
});
