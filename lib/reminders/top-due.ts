import type { CalendarDate, Contact } from '../model';
import { daysBetween } from './dates';
import { byPriority, highestScore, priority, type PrioritisedContact } from './priority';

/**
 * Picks the `limit` highest-priority due contacts while they are read tier by tier, highest
 * tier first and each tier most overdue first, the order of the `[dueTier+nextDueAt]` index.
 * It tells the reader when a tier can stop: once the tier holds enough rows and no later row
 * (less overdue, so at most `highestScore`) could outrank the weakest of them. The result is
 * exactly `sortByPriority(all due).slice(0, limit)`, without reading every due row.
 */
export class TopDue {
  private readonly picked: PrioritisedContact[] = [];
  private inTier: PrioritisedContact[] = [];

  constructor(
    private readonly today: CalendarDate,
    private readonly limit: number,
  ) {}

  /** True once higher tiers have filled the list: lower tiers cannot enter it. */
  get full(): boolean {
    return this.picked.length >= this.limit;
  }

  /** Offers the next row of `tier`; false when the tier needs no more rows. */
  offer(contact: Contact, tier: number): boolean {
    const need = this.limit - this.picked.length;
    const weakest = this.inTier.length >= need ? this.inTier[need - 1] : undefined;
    const late = contact.nextDueAt === undefined ? 0 : daysBetween(contact.nextDueAt, this.today);
    // Equal scores go by name, so only a strictly lower bound can stop the tier.
    if (weakest && highestScore(tier, late) < weakest.score) return false;
    const candidate = { contact, ...priority(contact, this.today) };
    let at = this.inTier.length;
    while (at > 0 && byPriority(candidate, this.inTier[at - 1] as PrioritisedContact) < 0) at -= 1;
    this.inTier.splice(at, 0, candidate);
    if (this.inTier.length > need) this.inTier.length = need;
    return true;
  }

  /** Closes the current tier: its best rows join the list. */
  endTier(): void {
    this.picked.push(...this.inTier);
    this.inTier = [];
  }

  result(): PrioritisedContact[] {
    this.endTier();
    return this.picked.slice(0, this.limit);
  }
}
