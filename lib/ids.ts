/** A new random id for a stored record. */
export function newId(): string {
  return crypto.randomUUID();
}
