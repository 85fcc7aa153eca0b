import type { Contact } from '@/lib/model';
import type { ConnectionRow } from './connection-row';

/** Who a row is about: a stored contact by id, or a person new to Formerly (keyed within the file). */
export type MatchKey = `contact:${string}` | `new:${string}`;

interface Candidate {
  key: MatchKey;
  hasUrl: boolean;
}

function nameKey(name: string, company: string | null): string {
  return `${name.trim().toLocaleLowerCase()}\u0000${(company ?? '').trim().toLocaleLowerCase()}`;
}

/**
 * Finds the person each row is about. Rows match by profile URL (stored aliases too); a row
 * without a URL matches by exact name + company ignoring case; a row with a URL may also match
 * by name someone who has no URL (a legacy import, now upgraded), never someone with another
 * URL: two Jane Does at Acme are two people. People new to Formerly are registered as rows
 * arrive, so two rows about one person in a file meet.
 */
export class ImportMatcher {
  private readonly byUrl = new Map<string, Candidate>();
  private readonly byName = new Map<string, Candidate>();

  constructor(existing: readonly Contact[]) {
    for (const contact of existing) {
      const urls = [contact.profileUrl, ...contact.aliases].filter((url) => url !== undefined);
      this.register(
        { key: `contact:${contact.id}`, hasUrl: urls.length > 0 },
        urls,
        nameKey(contact.name, contact.currentCompany),
      );
    }
  }

  match(row: Pick<ConnectionRow, 'name' | 'company' | 'profileUrl'>): MatchKey {
    const name = nameKey(row.name, row.company);
    const found = this.find(row.profileUrl, name);
    if (found && row.profileUrl !== null && !found.hasUrl) {
      // The URL-less contact now has this row's URL: a second Jane Doe at Acme is someone else.
      found.hasUrl = true;
      this.register(found, [row.profileUrl], name);
    }
    if (found) return found.key;
    const key: MatchKey = `new:${row.profileUrl ?? name}`;
    this.register(
      { key, hasUrl: row.profileUrl !== null },
      row.profileUrl === null ? [] : [row.profileUrl],
      name,
    );
    return key;
  }

  private find(url: string | null, name: string): Candidate | undefined {
    const byName = this.byName.get(name);
    if (url === null) return byName;
    return this.byUrl.get(url) ?? (byName?.hasUrl === false ? byName : undefined);
  }

  /** First come keeps a URL or name: a stored contact always wins over a new row. */
  private register(candidate: Candidate, urls: readonly string[], name: string): void {
    for (const url of urls) if (!this.byUrl.has(url)) this.byUrl.set(url, candidate);
    if (!this.byName.has(name)) this.byName.set(name, candidate);
  }
}
