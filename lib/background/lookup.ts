import type { FormerlyDb } from '../db';
import { recordVisit } from '../contacts';
import { findSharedEmployers, formatSharedEmployer, suggestRole } from '../employers';
import type { LookupResult } from '../messages';
import type { ProfileData } from '../profile/schema';

/** What the card needs about a profile: the stored person, a job change, shared employers. */
export async function lookupProfile(
  db: FormerlyDb,
  profile: ProfileData,
  myProfileUrl: string | null,
  now: Date,
): Promise<LookupResult> {
  const [visit, myJobs] = await Promise.all([recordVisit(db, profile, now), db.myJobs.toArray()]);
  const matches = findSharedEmployers(profile.experience, myJobs, now);
  return {
    contact: visit.contact,
    jobChange: visit.jobChange,
    sharedEmployers: matches.map((match) => ({
      company: match.company,
      from: match.from,
      to: match.to,
      text: formatSharedEmployer(match),
      suggestedRole: suggestRole(match),
    })),
    isMe: myProfileUrl === profile.profileUrl,
  };
}
