import { locateTable, type LocatedTable } from './locate-table';

export type ConnectionColumn =
  'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

/** Header names as LinkedIn writes them (compared without case or outer spaces). */
const HEADER_NAMES: Record<string, ConnectionColumn> = {
  'first name': 'firstName',
  'last name': 'lastName',
  url: 'url',
  'profile url': 'url',
  'email address': 'email',
  email: 'email',
  company: 'company',
  position: 'position',
  'connected on': 'connectedOn',
};

export type ConnectionsTable = LocatedTable<ConnectionColumn>;

/**
 * The records of `text` and where LinkedIn's header row is (the row naming First Name,
 * Last Name and Connected On, after any `Notes:` preamble), or null when no such row exists.
 */
export function locateConnectionsTable(text: string): ConnectionsTable | null {
  return locateTable<ConnectionColumn>(text, {
    names: HEADER_NAMES,
    required: ['firstName', 'lastName', 'connectedOn'],
  });
}
