export { normalizeCompany, companyIdFromUrl } from './normalize';
export { seniorityRank, roleFromTitles } from './seniority';
export {
  findSharedEmployers,
  formatSharedEmployer,
  suggestRole,
  type SharedEmployerMatch,
} from './shared';
export { rangeOfJob, rangeOfPosition, intersect, type MonthRange } from './months';
