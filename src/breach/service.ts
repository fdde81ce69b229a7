// The breach service: stores a report, sends the breach card to everyone who must hear of it, and records
// acknowledgements, the police report and the decision on notifying the Autoriteit Persoonsgegevens.
// What each step causes is decided in plans.ts (pure); the delivery shell carries it out in the step's
// transaction, with its audit entry and every copy of the card redrawn.
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { breachCard, breachRef } from '../cards/breach-cards';
import type { Card } from '../cards/cards';
import { carryOut, type Shell } from '../delivery/shell';
import type { Effect } from '../delivery/effects';
import type { Directory, Person } from '../directory/directory';
import type { RuleIndex } from '../rules/compile';
import { breachReportedBy, bumpBreachVersion, getBreach, insertAcknowledgement, insertBreach, setAuthorityDecision, setPoliceReport } from '../store/breach-store';
import type { Db } from '../store/database';
import { markProcessedIn, usersWithReference } from '../store/sql-store';
import { ConflictError, isPostgres, withRetry, type Trx } from '../store/transactions';
import { reachWithOfficers, type Reach } from '../graph/reach';
import type { Lang, PartyRef } from '../vocabulary';
import { breachRecipients, covenantsInvolved, policeReportRequired, type Breach, type BreachForm } from './breach';
import { breachAuditData, reportPlan, stepPlan } from './plans';
import { amsterdamInstant } from '../time/amsterdam';

export interface BreachDeps {
  db: Db;
  rules: RuleIndex;
  directory: Directory;
  now: () => string;
  /** Reaches recipients who never opened the bot (Graph installation). */
  reach?: Reach;
}

export type BreachOutcome = { ok: true; breach: Breach } | { ok: false; refusal: 'missing' | 'notInvolved' | 'notAllowed' | 'notRequired' | 'replay'; breach?: Breach };

export class BreachService {
  private readonly shell: Shell;
  constructor(private readonly deps: BreachDeps) {
    this.shell = {
      directory: deps.directory,
      postgres: isPostgres(deps.db),
      cards: {
        breach: async (trx, id) => {
          const breach = await getBreach(trx, id);
          return breach && ((reader) => this.card(breach, reader.id, reader.mri, reader.lang));
        },
      },
    };
  }

  get(id: string) {
    return getBreach(this.deps.db, id);
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
      ['9.3', '9.4', 'stap 1'].filter((a) => b.data.articles[a] && (a !== 'stap 1' || policeReportRequired(breach))).map((a) => ({ covenant: b.id, article: a, text: b.data.articles[a]! })),
    );
    const titles = Object.fromEntries(books.map((b) => [b.id, b.title]));
    return breachCard({ breach, viewer: this.viewerOf(breach, userId) ?? 'recipient', viewerId: userId, viewerMri, names, sources, titles, now: this.deps.now(), lang });
  }

  /** Stores the report and queues the card for everyone who must hear of it, in one transaction. */
  async report(
    form: BreachForm,
    reporterId: string,
    reporterParty: PartyRef,
    activityKey: string,
    reporterCard?: { reference: Partial<ConversationReference>; activityId: string },
  ): Promise<{ breach: Breach; reached: Person[]; unreachable: Person[]; replay: boolean }> {
    const covenants = covenantsInvolved(this.deps.rules, reporterParty, form.parties);
    const unreached = await reachWithOfficers(this.deps.reach, this.deps.directory, this.recipients({ reporterId, reporterParty, parties: form.parties, covenants }));
    return withRetry(this.deps.db, async (trx) => {
      const earlier = await breachReportedBy(trx, activityKey);
      if (earlier) return { breach: earlier, reached: [], unreachable: [], replay: true };
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
      await insertBreach(trx, breach, activityKey);
      const recipients = this.recipients(breach);
      const reachable = await usersWithReference(
        trx,
        recipients.map((p) => p.aadObjectId),
      );
      const plan = reportPlan({ breach, recipients, reachable, unreached, reporterCard });
      await carryOut(trx, plan.effects, this.shell, at);
      return { breach, reached: plan.reached, unreachable: plan.unreachable, replay: false };
    });
  }

  private async step(
    breachId: string,
    actorId: string,
    activityKey: string,
    change: (breach: Breach, trx: Trx, at: string) => Promise<{ refused: BreachOutcome } | { effects: Effect[] }>,
  ): Promise<BreachOutcome> {
    return withRetry(this.deps.db, async (trx) => {
      const at = this.deps.now();
      const fresh = await markProcessedIn(trx, activityKey, at);
      const breach = await getBreach(trx, breachId);
      if (!breach) return { ok: false, refusal: 'missing' } as const;
      if (!fresh) return { ok: false, refusal: 'replay', breach } as const;
      if (!this.viewerOf(breach, actorId)) return { ok: false, refusal: 'notInvolved', breach } as const;
      const changed = await change(breach, trx, at);
      if ('refused' in changed) return changed.refused;
      if (!(await bumpBreachVersion(trx, breach))) throw new ConflictError('breach changed meanwhile');
      await carryOut(trx, changed.effects, this.shell, at);
      return { ok: true, breach: (await getBreach(trx, breach.id))! } as const;
    });
  }

  acknowledge(breachId: string, actorId: string, activityKey: string) {
    return this.step(breachId, actorId, activityKey, async (breach, trx, at) => {
      const fresh = await insertAcknowledgement(trx, breach.id, actorId, at);
      return { effects: stepPlan(breach, fresh ? breachAuditData(breach, actorId) : null, 'breach.acknowledged') };
    });
  }

  recordPoliceReport(breachId: string, actorId: string, activityKey: string) {
    return this.step(breachId, actorId, activityKey, async (breach, trx, at) => {
      if (!policeReportRequired(breach)) return { refused: { ok: false, refusal: 'notRequired', breach } };
      if (!(this.isOfficer(breach, actorId) || actorId === breach.reporterId)) return { refused: { ok: false, refusal: 'notAllowed', breach } };
      if (breach.policeReportAt) return { effects: stepPlan(breach, null, 'breach.police-report-made') };
      await setPoliceReport(trx, breach.id, at);
      return { effects: stepPlan(breach, breachAuditData(breach, actorId), 'breach.police-report-made') };
    });
  }

  recordAuthorityDecision(breachId: string, actorId: string, activityKey: string, decision: { apDecision: 'notified' | 'not_required'; notifiedAt: string | null; partiesAgreed: boolean }) {
    return this.step(breachId, actorId, activityKey, async (breach, trx, at) => {
      if (!this.isOfficer(breach, actorId)) return { refused: { ok: false, refusal: 'notAllowed', breach } };
      await setAuthorityDecision(trx, breach.id, decision, actorId, at);
      const recorded = breachAuditData(breach, actorId, { apDecision: decision.apDecision, notifiedAt: decision.notifiedAt, partiesAgreed: decision.partiesAgreed });
      return { effects: stepPlan(breach, recorded, 'breach.authority-decision') };
    });
  }

  ref(breach: Breach) {
    return breachRef(breach.id);
  }
}
