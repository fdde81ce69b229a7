// Every migration, one module each, listed here by the name recorded in the database (a list rather than
// a folder read at run time: it works the same under tsx and in the compiled dist/). A new migration is a
// new file with the next number, added at the end.
import type { Migration } from 'kysely';
import * as profilesReferencesAudit from './001-profiles-references-audit';
import * as outbox from './002-outbox';
import * as requests from './003-requests';
import * as userLanguage from './004-user-language';
import * as digest from './005-digest';
import * as breaches from './006-breaches';
import * as severalInstances from './007-several-instances';
import * as processedActivitiesWithoutRowid from './008-processed-activities-without-rowid';
import * as cardCopies from './009-card-copies';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-profiles-references-audit': profilesReferencesAudit,
  '002-outbox': outbox,
  '003-requests': requests,
  '004-user-language': userLanguage,
  '005-digest': digest,
  '006-breaches': breaches,
  '007-several-instances': severalInstances,
  '008-processed-activities-without-rowid': processedActivitiesWithoutRowid,
  '009-card-copies': cardCopies,
};
