/**
 * Invented people, companies and jobs for seeded data. International on purpose (accents,
 * apostrophes, hyphens, right-to-left script), so volume tests meet the text real exports hold.
 */
// prettier-ignore
export const FIRST_NAMES = [
  'Priya', 'Tomás', 'Hélène', 'Wei', 'Dara', 'Amara', 'Jonas', 'Yusuf', 'Ingrid', 'Mateo', 'Aiko',
  'Olu', 'Siobhán', 'Lars', 'Fatima', 'Diego', 'Mei', 'Noah', 'Zoë', 'Kwame', 'Elena', 'Rahul',
  'Sofia', 'Björn', 'Chiara', 'Arjun', 'Maja', 'Luca', 'Nadia', 'Kenji', 'Grace', 'Omar', 'Ana',
  'Piotr', 'Leila', 'Samuel', 'Astrid', 'Jae-won', 'Camille', 'Tariq', 'Emma', 'David', 'Sara',
  'Michael', 'Laura', 'James', 'Anna', 'Daniel', 'Julia', 'Thomas',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Raman-Okafor', 'Ibarra Lindqvist', 'Vasquez', 'Chen', "O'Neill", 'Nwosu', 'Berg', 'Al-Hakim',
  'Johansen', 'García', 'Tanaka', 'Adeyemi', 'Murphy', 'Eriksson', 'Haddad', 'Fernández', 'Wong',
  'Schmidt', 'Dubois', 'Mensah', 'Rossi', 'Sharma', 'Kowalski', 'Nakamura', 'Okonkwo',
  'van der Berg', 'Müller', 'Silva', 'Kim', 'Novak', 'Andersen', 'Costa', 'Ivanova', 'Patel',
  'Smith', 'Johnson', 'Brown', 'Martin', 'Larsen', 'De Luca', 'Nielsen', 'Hoang', 'Svensson',
  'Moreau', 'Ahmed', 'Kaur', 'Byrne', 'Lopez', 'Virtanen', 'Øvergaard',
] as const;

// prettier-ignore
export const COMPANIES = [
  'Northwind Analytics', 'Kestrel Freight, Inc.', 'Globex Retail', 'Acme Robotics GmbH',
  'Bluefin Ledger Systems', 'Initech', 'Umbrella Health', 'Stark Logistics AS', 'Wayne Biotech',
  'Contoso Bank', 'Fabrikam Foods', 'Tailspin Airways', 'Litware Ltd', 'Adventure Works',
  'Proseware', 'Wingtip Toys', 'Alpine Ski House', 'Coho Vineyard', 'Fourth Coffee',
  'Lamna Healthcare', 'Margie’s Travel', 'Trey Research', 'Woodgrove Bank', 'The Phone Company',
  'Nordlys Energi ASA', 'Helix & Co', 'Quantum Dynamics plc', 'Sólheimar Software',
  'Blue Yonder Airlines', 'City Power & Light', 'Datum Corporation', 'Graphic Design Institute',
  'Humongous Insurance', 'Lucerne Publishing', 'Relecloud', 'VanArsdel Ltd',
  'Wide World Importers', 'Zava Fashion', 'شركة النخيل', 'Northwind Traders',
] as const;

// prettier-ignore
export const TITLES = [
  'Engineering Manager', 'Director of Data Science', 'VP, Engineering', 'Head of People',
  'Staff Engineer', 'Product Lead', 'Senior Software Engineer', 'CTO', 'Chief Executive Officer',
  'Design Lead', 'Head of Sales', 'Account Executive', 'Talent Acquisition Partner',
  'Senior Recruiter', 'Marketing Manager', 'Data Analyst', 'Principal Consultant',
  'Operations Director', 'Finance Manager', 'UX Researcher', 'Product Manager',
  'Engineering Manager, Payments', 'Tech Lead', 'Customer Success Manager', 'COO',
  'Senior Product Designer', 'Head of Platform', 'Solutions Architect', 'Program Manager',
  'Founder',
] as const;

// prettier-ignore
export const LOCATIONS = [
  'Oslo, Norway', 'Berlin, Germany', 'London, United Kingdom', 'New York, New York, United States',
  'San Francisco Bay Area', 'Madrid, Spain', 'Amsterdam, North Holland, Netherlands',
  'Toronto, Ontario, Canada', 'Bengaluru, Karnataka, India', 'Lagos, Nigeria', 'Tokyo, Japan',
  'São Paulo, Brazil', 'Stockholm, Sweden', 'Paris, Île-de-France, France', 'Dublin, Ireland',
  'Singapore',
] as const;

// prettier-ignore
export const NOTES = [
  'Hired me into my first lead role.',
  'Great sounding board for career moves; prefers a call to e-mail.',
  'Offered to be a reference any time.',
  'Mentioned they might rehire for the platform team next year.',
  'Met at the 2022 offsite; we share an interest in sailing.',
  'Introduced me to two people at Globex.', 'Ask about the kids (Ola and Kari) and the marathon.',
  'Helped with salary negotiation advice.',
] as const;

// prettier-ignore
export const VOUCH_FOR = [
  'Led the payments migration with me', 'Saw my work on the data platform',
  'Managed me through two promotions', 'Can speak to my people management',
] as const;

// prettier-ignore
export const TAGS = [
  'reference', 'boomerang', 'mentor-circle', 'oslo', 'fintech', 'hiring',
] as const;

// prettier-ignore
export const INTERACTION_NOTES = [
  '', '', 'Coffee near the old office', 'Congratulated them on the new role',
  'Asked for a reference for the Contoso application', 'Sent an article about platform teams',
  'Quick catch-up call',
] as const;
