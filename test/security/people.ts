// The people of the security tests: a directory with a contact person at Blijf Groep (whose data an
// impersonator is after), police staff, and a tenant user who is in no directory at all.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { User } from '../bot/harness';

export const shelterContact: User = { aadObjectId: '10000000-0000-0000-0000-0000000000c1', name: 'Iris Bakker' };
export const policeStaff: User = { aadObjectId: '10000000-0000-0000-0000-0000000000p1', name: 'Tom de Wit' };
export const policeManager: User = { aadObjectId: '10000000-0000-0000-0000-0000000000m1', name: 'Eva Dekker' };
export const shelterOfficer: User = { aadObjectId: '10000000-0000-0000-0000-0000000000o1', name: 'Noor Hendriks' };
/** In the tenant, in no directory: whatever organisation they pick is their own say-so. */
export const impersonator: User = { aadObjectId: '10000000-0000-0000-0000-0000000000x1', name: 'Onbekend' };

export const question = 'Mag Blijf Groep ons het adres van het slachtoffer geven voor AWARE?';

export function writeDirectory(): string {
  const file = join(tmpdir(), `deelwijzer-security-directory-${process.pid}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    [
      'people:',
      `  - { aadObjectId: ${shelterContact.aadObjectId}, name: ${shelterContact.name}, party: blijf-groep, roles: [staff, contact] }`,
      `  - { aadObjectId: ${shelterOfficer.aadObjectId}, name: ${shelterOfficer.name}, party: blijf-groep, roles: [privacy-officer] }`,
      `  - { aadObjectId: ${policeStaff.aadObjectId}, name: ${policeStaff.name}, party: 'politie:amsterdam', roles: [staff] }`,
      `  - { aadObjectId: ${policeManager.aadObjectId}, name: ${policeManager.name}, party: 'politie:amsterdam', roles: [manager] }`,
      '',
    ].join('\n'),
  );
  return file;
}

/** What an attacker would send: the filing form as a verified colleague got it, with the form filled in. */
export const filingFields = { caseRef: 'PA-2026-0042', urgency: 'normaal', delivery: 'schriftelijk', necessity: 'Nodig voor de AWARE-aanvraag; minder volstaat niet.' };
