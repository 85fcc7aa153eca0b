import { sameCompany } from '../contacts/job-change';
import type { Snapshot } from '../model';
import type { Translate } from './translate';

/**
 * "moved from Acme to Globex as Head of Payments" in the UI's language, from the job seen
 * before and the one seen now (a job-change event keeps both; its stored `detail` is English).
 */
export function jobChangeIn(from: Snapshot, to: Snapshot, t: Translate): string {
  const title = to.title ?? '';
  const companyChanged = to.company !== null && !sameCompany(from.company, to.company);
  if (companyChanged && from.company && to.company) {
    const companies = { from: from.company, to: to.company };
    return title
      ? t('jobChange.movedAs', { ...companies, title })
      : t('jobChange.moved', companies);
  }
  if (companyChanged && to.company) {
    return title
      ? t('jobChange.joinedAs', { company: to.company, title })
      : t('jobChange.joined', { company: to.company });
  }
  if (to.company) {
    return title
      ? t('jobChange.nowAt', { title, company: to.company })
      : t('jobChange.newRoleAt', { company: to.company });
  }
  return title ? t('jobChange.now', { title }) : t('jobChange.newRole');
}
