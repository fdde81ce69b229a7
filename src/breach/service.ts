// The breach shell: stores a report, sends the breach card through the outbox to everyone who must
// hear of it, and records acknowledgements, the police report and the decision on notifying the
// Autoriteit Persoonsgegevens. Every step is one transaction with its audit entry and card updates.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { breachCard, breachRef } from '../cards/breach-cards';
import type { Card } from '../cards/cards';
import type { Directory, Person } from '../directory/directory';
import type { RuleIndex } from '../rules/compile';
import { appendAuditIn, ConflictError, isPostgres, withRetry } from '../store/audit';
import { rebuildCardCopies, recordSentCopy, sendCardCopy } from '../store/card-copies';
import type { ConversationReference } from 'botbuilder';
import type { BreachesTable, Database, Db } from '../store/database';
import { markProcessedIn, readReference } from '../store/sql-store';
import { alertOfficersAbout, reachWithOfficers, type Reach } from '../graph/reach';
import { formatPartyRef, langOfLocale, storedPartyRef, type DataCategory, type Lang, type PartyRef, type Subject } from '../vocabulary';
import { breachRecipients, covenantsInvolved, policeReportRequired, type Breach, type BreachForm } from './breach';
import { amsterdamInstant } from '../time/amsterdam';

type Trx = Transaction<Database>;
export const BREACH_CARD_KIND = 'breach-card';

export interface BreachDeps {
  db: Db;
  rules: RuleIndex;
  directory: Directory;
  now: () => string;
  /** Reaches recipients who never opened the bot (Graph installation). */
  reach?: Reach;
}

export type BreachOutcome = { ok: true; breach: Breach } | { ok: false; refusal: 'missing' | 'notInvolved' | 'notAllowed' | 'notRequired' | 'replay'; breach?: Breach };

const refs = (text: string): PartyRef[] => text.split(',').filter(Boolean).map(storedPartyRef);

export class BreachService {
  private readonly postgres: boolean;
  constructor(private readonly deps: BreachDeps) {
    this.postgres = isPostgres(deps.db);
  }

  private async load(db: Db | Trx, id: string): Promise<Breach | undefined> {
    const row = await db.selectFrom('breaches').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const acks = await db.selectFrom('breach_acks').select(['user_id', 'at']).where('breach_id', '=', id).orderBy('at').execute();
    return toBreach(row, acks.map((a) => ({ userId: a.user_id, at: a.at })));
  }

  get(id: string) {
    return this.load(this.deps.db, id);
  }

  recipients(breach: Pick<Breach, 'reporterId' | 'reporterParty' | 'parties' | 'covenants'>): Person[] {
    return breachRecipients(this.deps.rules, this.deps.directory, breach);
  }

  isOfficer(breach: Breach, userId: string): boolean {
    return this.deps.directory.privacyOfficersFor(breach.reporterParty).some((p) => p.aadObjectId === userId);
  }

  viewerOf(breach: Breach, userId: string): 'officer' | 'recipient' | 'reporter' | null {
    if (this.isOfficer(breach, userId)) return 'officer';
    if (userId === breach.reporterId) return 'reporter';
    return this.recipients(breach).some((p) => p.aadObjectId === userId) ? 'recipient' : null;
  }

  card(breach: Breach, userId: string, viewerMri: string | null, lang: Lang): Card {
    const names = Object.fromEntries(this.deps.directory.people.map((p) => [p.aadObjectId, p.name]));
    const books = breach.covenants.map((id) => this.deps.rules.books.find((b) => b.id === id)).filter((b) => b !== undefined);
    const sources = books.flatMap((b) =>
      ['9.3', '9.4', 'stap 1']
        .filter((a) => b.data.articles[a] && (a !== 'stap 1' || policeReportRequired(breach)))
        .map((a) => ({ covenant: b.id, article: a, text: b.data.articles[a]! })),
    );
    const titles = Object.fromEntries(books.map((b) => [b.id, b.title]));
    return breachCard({ breach, viewer: this.viewerOf(breach, userId) ?? 'recipient', viewerId: userId, viewerMri, names, sources, titles, now: this.deps.now(), lang });
  }

  private rebuild(trx: Trx, breach: Breach, at: string) {
    return rebuildCardCopies(trx, breach.id, BREACH_CARD_KIND, (recipientId, reference) => this.card(breach, recipientId ?? '', reference.user?.id ?? null, langOfLocale(reference.locale)), at);
  }

  private audit(trx: Trx, kind: string, breach: Breach, actor: string, at: string, extra: Record<string, string | boolean | null> = {}) {
    return appendAuditIn(trx, this.postgres, kind, {
      breachId: breach.id,
      actor,
      reporterParty: formatPartyRef(breach.reporterParty)!,
      kind: breach.kind,
      discoveredAt: breach.discoveredAt,
      parties: breach.parties.map((p) => formatPartyRef(p)!),
      subjects: breach.subjects,
      data: breach.data,
      people: breach.people,
      covenants: breach.covenants,
      ...extra,
    }, at);
  }

  /** Stores the report and queues the card for everyone who must hear of it, in one transaction. */
  async report(form: BreachForm, reporterId: string, reporterParty: PartyRef, activityKey: string, reporterCard?: { reference: Partial<ConversationReference>; activityId: string }): Promise<{ breach: Breach; reached: Person[]; unreachable: Person[]; replay: boolean }> {
    const covenants = covenantsInvolved(this.deps.rules, reporterParty, form.parties);
    const unreached = await reachWithOfficers(this.deps.reach, this.deps.directory, this.recipients({ reporterId, reporterParty, parties: form.parties, covenants }));
    return withRetry(this.deps.db, async (trx) => {
      const earlier = await trx.selectFrom('breaches').select('id').where('reported_activity', '=', activityKey).executeTakeFirst();
      if (earlier) return { breach: (await this.load(trx, earlier.id))!, reached: [], unreachable: [], replay: true };
      const at = this.deps.now();
      const breach: Breach = {
        id: randomUUID(),
        reporterId,
        reporterParty,
        kind: form.kind,
        discoveredAt: amsterdamInstant(form.discoveredDate, form.discoveredTime),
        encrypted: form.encrypted,
        parties: form.parties,
        subjects: form.subjects,
        data: form.data,
        people: form.people,
        covenants,
        createdAt: at,
        version: 1,
        acknowledgements: [],
        policeReportAt: null,
        apDecision: null,
        apNotifiedAt: null,
        apPartiesAgreed: false,
        apRecordedBy: null,
      };
      await trx.insertInto('breaches').values(toRow(breach, activityKey)).execute();
      await this.audit(trx, 'breach.reported', breach, reporterId, at, { policeReportRequired: policeReportRequired(breach) });
      const reached: Person[] = [];
      const unreachable: Person[] = [];
      for (const person of this.recipients(breach)) {
        const reference = await readReference(trx, person.aadObjectId);
        if (!reference) {
          unreachable.push(person);
          continue;
        }
        await sendCardCopy(trx, breach.id, BREACH_CARD_KIND, person.aadObjectId, reference, this.card(breach, person.aadObjectId, reference.user?.id ?? null, langOfLocale(reference.locale)), at);
        reached.push(person);
      }
      if (reporterCard) await recordSentCopy(trx, breach.id, BREACH_CARD_KIND, reporterId, reporterCard.reference, reporterCard.activityId, at);
      await alertOfficersAbout(trx, this.deps.directory, unreached, at);
      return { breach, reached, unreachable, replay: false };
    });
  }

  private async step(breachId: string, actorId: string, activityKey: string, change: (breach: Breach, trx: Trx, at: string) => Promise<BreachOutcome | null>): Promise<BreachOutcome> {
    return withRetry(this.deps.db, async (trx) => {
      const at = this.deps.now();
      const fresh = await markProcessedIn(trx, activityKey, at);
      const breach = await this.load(trx, breachId);
      if (!breach) return { ok: false, refusal: 'missing' } as const;
      if (!fresh) return { ok: false, refusal: 'replay', breach } as const;
      if (!this.viewerOf(breach, actorId)) return { ok: false, refusal: 'notInvolved', breach } as const;
      const refused = await change(breach, trx, at);
      if (refused) return refused;
      const bumped = await trx.updateTable('breaches').set({ version: breach.version + 1 }).where('id', '=', breach.id).where('version', '=', breach.version).executeTakeFirst();
      if (Number(bumped.numUpdatedRows) !== 1) throw new ConflictError('breach changed meanwhile');
      const next = (await this.load(trx, breach.id))!;
      await this.rebuild(trx, next, at);
      return { ok: true, breach: next } as const;
    });
  }

  acknowledge(breachId: string, actorId: string, activityKey: string) {
    return this.step(breachId, actorId, activityKey, async (breach, trx, at) => {
      const inserted = await trx.insertInto('breach_acks').values({ breach_id: breach.id, user_id: actorId, at }).onConflict((oc) => oc.columns(['breach_id', 'user_id']).doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) await this.audit(trx, 'breach.acknowledged', breach, actorId, at);
      return null;
    });
  }

  recordPoliceReport(breachId: string, actorId: string, activityKey: string) {
    return this.step(breachId, actorId, activityKey, async (breach, trx, at) => {
      if (!policeReportRequired(breach)) return { ok: false, refusal: 'notRequired', breach };
      if (!(this.isOfficer(breach, actorId) || actorId === breach.reporterId)) return { ok: false, refusal: 'notAllowed', breach };
      if (breach.policeReportAt) return null;
      await trx.updateTable('breaches').set({ police_report_at: at }).where('id', '=', breach.id).execute();
      await this.audit(trx, 'breach.police-report-made', breach, actorId, at);
      return null;
    });
  }

  recordAuthorityDecision(breachId: string, actorId: string, activityKey: string, decision: { apDecision: 'notified' | 'not_required'; notifiedAt: string | null; partiesAgreed: boolean }) {
    return this.step(breachId, actorId, activityKey, async (breach, trx, at) => {
      if (!this.isOfficer(breach, actorId)) return { ok: false, refusal: 'notAllowed', breach };
      await trx
        .updateTable('breaches')
        .set({ ap_decision: decision.apDecision, ap_notified_at: decision.notifiedAt, ap_parties_agreed: decision.partiesAgreed ? 1 : 0, ap_recorded_by: actorId, ap_recorded_at: at })
        .where('id', '=', breach.id)
        .execute();
      await this.audit(trx, 'breach.authority-decision', breach, actorId, at, { apDecision: decision.apDecision, notifiedAt: decision.notifiedAt, partiesAgreed: decision.partiesAgreed });
      return null;
    });
  }

  ref(breach: Breach) {
    return breachRef(breach.id);
  }
}

function toRow(b: Breach, activityKey: string): BreachesTable {
  return {
    id: b.id,
    reported_activity: activityKey,
    reporter_id: b.reporterId,
    reporter_party: formatPartyRef(b.reporterParty)!,
    kind: b.kind,
    discovered_at: b.discoveredAt,
    encrypted: b.encrypted,
    parties: b.parties.map((p) => formatPartyRef(p)!).join(','),
    subjects: b.subjects.join(','),
    data: b.data.join(','),
    people: b.people,
    covenants: b.covenants.join(','),
    created_at: b.createdAt,
    version: b.version,
    police_report_at: b.policeReportAt,
    ap_decision: b.apDecision,
    ap_notified_at: b.apNotifiedAt,
    ap_parties_agreed: b.apPartiesAgreed ? 1 : 0,
    ap_recorded_by: b.apRecordedBy,
    ap_recorded_at: null,
  };
}

export function toBreach(r: BreachesTable, acknowledgements: Breach['acknowledgements']): Breach {
  return {
    id: r.id,
    reporterId: r.reporter_id,
    reporterParty: storedPartyRef(r.reporter_party),
    kind: r.kind as Breach['kind'],
    discoveredAt: r.discovered_at,
    encrypted: r.encrypted as Breach['encrypted'],
    parties: refs(r.parties),
    subjects: r.subjects.split(',').filter(Boolean) as Subject[],
    data: r.data.split(',').filter(Boolean) as DataCategory[],
    people: r.people as Breach['people'],
    covenants: r.covenants.split(',').filter(Boolean),
    createdAt: r.created_at,
    version: Number(r.version),
    acknowledgements,
    policeReportAt: r.police_report_at,
    apDecision: r.ap_decision as Breach['apDecision'],
    apNotifiedAt: r.ap_notified_at,
    apPartiesAgreed: Number(r.ap_parties_agreed) === 1,
    apRecordedBy: r.ap_recorded_by,
  };
}
