import type { CalendarDate, Contact } from '../model';
import { daysBetween } from './dates';
import { byPriority, highestScore, MAX_TIER, priority, type PrioritisedContact } from './priority';

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

/** Rows read per tier at first, all tiers at once; a tier that needs more reads twice as many. */
export const FIRST_BATCH = 32;

/** The tiers from the highest down, the order TopDue takes them in. */
export const TIERS_DOWN: readonly number[] = Array.from(
  { length: MAX_TIER + 1 },
  (_, i) => MAX_TIER - i,
);

/**
 * Offers each tier's rows to a TopDue, highest tier first: `first[i]` holds the first
 * FIRST_BATCH rows of TIERS_DOWN[i]; while a tier's rows keep being taken, `more(tier, offset,
 * size)` reads the next, twice as many each time. The storage is the caller's.
 */
export async function walkTiers(
  top: TopDue,
  first: readonly (readonly Contact[])[],
  more: (tier: number, offset: number, size: number) => Promise<readonly Contact[]>,
): Promise<PrioritisedContact[]> {
  for (const [index, tier] of TIERS_DOWN.entries()) {
    if (top.full) break;
    let batch = first[index] ?? [];
    let read = 0;
    let size = FIRST_BATCH;
    for (;;) {
      const stopped = batch.some((contact) => !top.offer(contact, tier));
      read += batch.length;
      if (stopped || batch.length < size) break;
      size *= 2;
      batch = await more(tier, read, size);
    }
    top.endTier();
  }
  return top.result();
}
