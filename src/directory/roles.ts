// Who holds a role for an organisation: the one rule behind contacts, managers and privacy officers.
import type { PartyRef } from '../vocabulary';
import type { Person, Role } from './directory';

/**
 * The people with `role` at `ref`: for a unit, those of that unit, and when the unit has none, those of
 * the whole organisation (listed without a unit); for an organisation without a unit, all of its people
 * with the role. Never someone of another organisation.
 */
export function roleHolders(people: readonly Person[], role: Role, ref: PartyRef): Person[] {
  const ofParty = people.filter((p) => p.roles.includes(role) && p.party.party === ref.party);
  if (ref.unit === undefined) return ofParty;
  const ofUnit = ofParty.filter((p) => p.party.unit === ref.unit);
  return ofUnit.length > 0 ? ofUnit : ofParty.filter((p) => p.party.unit === undefined);
}
