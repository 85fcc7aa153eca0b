export { seedContacts, TRACKED_SHARE, type SeedData } from './contacts';
export { seedConnectionsCsv } from './connections-csv';
export { seedPerson, type SeedPerson } from './person';
export { createRandom, mixSeed, seededId, type Random } from './random';
