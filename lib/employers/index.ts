export {
  normalizeCompany,
  shortCompanyName,
  companyIdFromUrl,
  parseCompanyId,
  type CompanyId,
} from './normalize';
export { seniorityRank, roleFromTitles, RANK } from './seniority';
export {
  findSharedEmployers,
  formatSharedEmployer,
  suggestRole,
  type SharedEmployerMatch,
} from './shared';
export { rangeOfJob, rangeOfPosition, intersect, toMonthDate, type MonthRange } from './months';
