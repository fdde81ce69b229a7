// The requests service: files, routes and decides disclosure requests on the database. What each step
// should cause is decided in plans.ts (pure); the delivery shell carries it out in the same transaction
// as the record change (audit entry, cards in each reader's language, notices), so nothing is half done.
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { requestCard, type Viewer } from '../cards/request-cards';
import type { Card } from '../cards/cards';
import { carryOut, type Shell } from '../delivery/shell';
import type { Directory, Person } from '../directory/directory';
import { REQUEST_MESSAGES } from '../i18n/request-messages';
import { citationLabel } from '../present/describe';
import type { RuleIndex } from '../rules/compile';
import type { Decision } from '../rules/types';
import { purgeAuditIn } from '../store/audit';
import { forgetCardCopies, hasCardCopy } from '../store/card-copies';
import { ConflictError, isPostgres, withRetry } from '../store/transactions';
import type { Db } from '../store/database';
import { reachWithOfficers, type Reach } from '../graph/reach';
import { markProcessedIn, usersWithReference } from '../store/sql-store';
import {
  claimDeadlineStep,
  deleteRequests,
  expiredRequestIds,
  getRequest,
  insertRequest,
  openRequestsFor,
  pendingRequests,
  requestFiledBy,
  requestsOfRequester,
  updateRequestIfUnchanged,
} from '../store/request-store';
import { formatPartyRef, type Lang, type PartyRef } from '../vocabulary';
import { deadlineSteps, ageInWorkingDays } from './deadlines';
import type { FilingFields } from './filing';
import { actionPlan, deadlinePlan, filingPlan, requestRecord, routedPlan } from './plans';
import { retainUntil, snapshotOf, type DisclosureRequest } from './request';
import { addYears } from '../time/calendar';
import { transition, type RequestAction, type Transition } from './request-state';

type Reference = Partial<ConversationReference>;

const DEFAULT_SLA_DAYS = 5;
const DEFAULT_RETENTION_YEARS = 10;

export interface RequestServiceDeps {
  db: Db;
  rules: RuleIndex;
  directory: Directory;
  now: () => string;
  today: () => string;
  /** Reaches people who never opened the bot (Graph installation); without it they wait for their first message. */
  reach?: Reach;
}

export interface Filing {
  /** The activity that filed it: a redelivered activity files nothing new. */
  activityKey: string;
  requesterId: string;
  requesterParty: PartyRef;
  decision: Decision;
  discloser: PartyRef;
  recipient: PartyRef;
  fields: FilingFields & { caseRef: string };
  /** The card the requester pressed the button on, to update it in place later. */
  requesterCard?: { reference: Reference; activityId: string };
}

export type ActResult =
  | { ok: true; request: DisclosureRequest }
  | { ok: false; refusal: Exclude<Transition, { ok: true }>['refusal'] | 'missing'; request?: DisclosureRequest }
  | { ok: false; refusal: 'replay'; request?: DisclosureRequest };

export class RequestService {
  private readonly postgres: boolean;
  private readonly shell: Shell;
  constructor(private readonly deps: RequestServiceDeps) {
    this.postgres = isPostgres(deps.db);
    this.shell = {
      directory: deps.directory,
      postgres: this.postgres,
      cards: {
        request: async (trx, id) => {
          const request = await getRequest(trx, id);
          return request && ((reader) => this.card(request, reader.id, reader.mri, reader.lang));
        },
      },
    };
  }

  // ---- who is who ----

  person(id: string | null | undefined): Person | undefined {
    return this.deps.directory.find(id ?? undefined);
  }

  contactsFor(discloser: PartyRef): Person[] {
    return this.deps.directory.contactsFor(discloser);
  }

  /** The privacy officers of each of these organisations (the directory's rule), each once. */
  privacyOfficersFor(parties: PartyRef[]): Person[] {
    const officers = new Map(parties.flatMap((party) => this.deps.directory.privacyOfficersFor(party)).map((p) => [p.aadObjectId, p]));
    return [...officers.values()];
  }

  isContact(request: DisclosureRequest, userId: string | undefined): boolean {
    return !!userId && this.contactsFor(request.discloser).some((p) => p.aadObjectId === userId);
  }

  viewerOf(request: DisclosureRequest, userId: string | undefined): Viewer {
    if (userId && userId === request.requesterId) return 'requester';
    return this.isContact(request, userId) ? 'contact' : 'other';
  }

  // ---- cards ----

  card(request: DisclosureRequest, userId: string | undefined, viewerMri: string | null, lang: Lang): Card {
    const book = (covenant: string) => this.deps.rules.books.find((b) => b.id === covenant);
    const conditions = request.snapshot.conditions.map((c) => book(c.covenant)?.data.conditions[c.id]?.text[lang] ?? c.id);
    const duties = request.snapshot.duties.map((c) => {
      const duty = book(c.covenant)?.data.duties[c.id];
      return duty ? { who: duty.who, text: duty.text } : { text: { nl: c.id, en: c.id } };
    });
    return requestCard({
      request,
      viewer: this.viewerOf(request, userId),
      viewerMri,
      requesterName: this.person(request.requesterId)?.name ?? (lang === 'nl' ? 'medewerker' : 'staff member'),
      requesterVerified: formatPartyRef(this.person(request.requesterId)?.party) === formatPartyRef(request.requesterParty),
      deciderName: request.decidedBy
        ? (this.person(request.decidedBy)?.name ?? (request.decidedBy === request.requesterId ? (lang === 'nl' ? 'de aanvrager' : 'the requester') : request.decidedBy))
        : null,
      contactNames: this.contactsFor(request.discloser).map((p) => p.name),
      conditions,
      duties,
      citations: request.snapshot.citations.map((c) => citationLabel(book(c.covenant)?.title ?? c.covenant, c.article, lang)),
      titles: Object.fromEntries(this.deps.rules.books.map((b) => [b.id, b.title])),
      today: this.deps.today(),
      lang,
    });
  }

  /** The organisation of whoever acts, for the audit log: from the directory, else the requester's as filed. */
  private actorParty(request: DisclosureRequest, actor: string): string | null {
    return formatPartyRef(this.person(actor)?.party) ?? (actor === request.requesterId ? formatPartyRef(request.requesterParty) : null);
  }

  // ---- filing ----

  private reach(people: Person[]) {
    return reachWithOfficers(this.deps.reach, this.deps.directory, people);
  }

  async file(filing: Filing): Promise<{ request: DisclosureRequest; contactsReached: number; officersAlerted: number; replay: boolean }> {
    const at = this.deps.now();
    const book = this.deps.rules.books.find((b) => b.id === filing.decision.covenant);
    const versions = new Map(this.deps.rules.books.map((b) => [b.id, b.version]));
    const contacts = this.contactsFor(filing.discloser);
    const unreached = await this.reach(contacts);
    // Nobody to decide it: the privacy officers are told, so they must be reachable too.
    if (unreached.length === contacts.length) await this.reach(this.privacyOfficersFor([filing.discloser, filing.recipient]));
    return withRetry(this.deps.db, async (trx) => {
      const earlier = await requestFiledBy(trx, filing.activityKey);
      if (earlier) return { request: earlier, contactsReached: 0, officersAlerted: 0, replay: true };
      const q = filing.decision.question;
      const request: DisclosureRequest = {
        id: randomUUID(),
        caseRef: filing.fields.caseRef,
        state: 'pending',
        version: 1,
        requesterId: filing.requesterId,
        requesterParty: filing.requesterParty,
        discloser: filing.discloser,
        recipient: filing.recipient,
        subject: q.subject!,
        data: q.data ?? [],
        purpose: q.purpose!,
        consent: q.consent === true,
        urgency: filing.fields.urgency,
        delivery: filing.fields.delivery,
        necessity: filing.fields.necessity,
        covenant: filing.decision.covenant ?? 'onbekend',
        snapshot: snapshotOf(filing.decision, versions),
        slaDays: book?.data.serviceLevel?.days ?? DEFAULT_SLA_DAYS,
        createdAt: at,
        updatedAt: at,
        decidedBy: null,
        decidedAt: null,
        decisionReason: null,
        infoQuestion: null,
        infoAnswer: null,
        remindedAt: null,
        escalatedAt: null,
        retainUntil: retainUntil(at, book?.data.retention?.years ?? DEFAULT_RETENTION_YEARS),
      };
      await insertRequest(trx, request, filing.activityKey);
      const contacts = this.contactsFor(request.discloser);
      const officers = this.privacyOfficersFor([request.discloser, request.recipient]);
      const reachable = await usersWithReference(
        trx,
        [...contacts, ...officers].map((p) => p.aadObjectId),
      );
      const plan = filingPlan({ request, requesterParty: this.actorParty(request, request.requesterId), contacts, officers, reachable, unreached, requesterCard: filing.requesterCard });
      await carryOut(trx, plan.effects, this.shell, at);
      return { request, contactsReached: plan.contactsReached, officersAlerted: plan.officersAlerted, replay: false };
    });
  }

  /** Sends waiting requests to a contact who was not reachable when they were filed. */
  async deliverWaiting(contactId: string): Promise<number> {
    const contact = this.person(contactId);
    if (!contact?.roles.includes('contact')) return 0;
    const open = (await openRequestsFor(this.deps.db, contact.party)).filter((r) => this.viewerOf(r, contactId) === 'contact');
    if (open.length === 0) return 0;
    if (!(await usersWithReference(this.deps.db, [contactId])).has(contactId)) return 0;
    let sent = 0;
    for (const request of open) {
      if (await hasCardCopy(this.deps.db, requestRecord(request.id), contactId)) continue;
      await withRetry(this.deps.db, async (trx) => {
        if (await hasCardCopy(trx, requestRecord(request.id), contactId)) return;
        await carryOut(trx, routedPlan(request, contactId), this.shell, this.deps.now());
        sent++;
      });
    }
    return sent;
  }

  // ---- decisions ----

  /**
   * Applies an action by the person in the activity. The update is conditional on the version read, so
   * of concurrent decisions exactly one wins; the activity key makes a redelivered activity a no-op.
   */
  async act(requestId: string, action: RequestAction, actorId: string, activityKey: string): Promise<ActResult> {
    return withRetry(this.deps.db, async (trx) => {
      const at = this.deps.now();
      if (!(await markProcessedIn(trx, activityKey, at))) return { ok: false, refusal: 'replay', request: await getRequest(trx, requestId) };
      const current = await getRequest(trx, requestId);
      if (!current) return { ok: false, refusal: 'missing' };
      const result = transition(current, action, { aadObjectId: actorId, isContact: this.isContact(current, actorId) }, at);
      if (!result.ok) return { ok: false, refusal: result.refusal, request: current };
      const next: DisclosureRequest = {
        ...current,
        ...result.record,
        version: current.version + 1,
        updatedAt: at,
        decisionReason: action.kind === 'deny' ? action.reason.trim() : current.decisionReason,
        infoQuestion: action.kind === 'ask_info' ? action.question.trim() : current.infoQuestion,
        infoAnswer: action.kind === 'answer_info' ? action.answer.trim() : action.kind === 'ask_info' ? null : current.infoAnswer,
      };
      if (!(await updateRequestIfUnchanged(trx, next, current.version))) throw new ConflictError('request changed meanwhile');
      const contacts = this.contactsFor(next.discloser);
      await carryOut(trx, actionPlan({ next, action, event: result.event, actor: actorId, actorParty: this.actorParty(next, actorId), contacts }), this.shell, at);
      return { ok: true, request: next };
    });
  }

  // ---- lists ----

  get(requestId: string) {
    return getRequest(this.deps.db, requestId);
  }

  mine(userId: string) {
    return requestsOfRequester(this.deps.db, userId);
  }

  async openFor(userId: string): Promise<DisclosureRequest[] | null> {
    const person = this.person(userId);
    if (!person?.roles.includes('contact')) return null;
    return (await openRequestsFor(this.deps.db, person.party)).filter((r) => this.viewerOf(r, userId) === 'contact');
  }

  whoDecides(request: DisclosureRequest, lang: Lang): string {
    const m = REQUEST_MESSAGES[lang];
    if (request.state === 'pending' || request.state === 'info_requested') {
      const names = this.contactsFor(request.discloser).map((p) => p.name);
      return names.length > 0 ? m.waitingFor(names.join(', ')) : m.nobodyYet;
    }
    return this.person(request.decidedBy)?.name ?? '';
  }

  // ---- jobs ----

  /** Reminders after the service level, the manager told after twice that; each exactly once. */
  async runDeadlines(): Promise<{ reminded: number; escalated: number }> {
    const today = this.deps.today();
    const done = { reminded: 0, escalated: 0 };
    for (const request of await pendingRequests(this.deps.db)) {
      for (const step of deadlineSteps(request, today)) {
        const contacts = this.contactsFor(request.discloser);
        const managers = this.deps.directory.managersFor(request.discloser);
        const unreached = await this.reach(step === 'remind' ? contacts : managers);
        if (step === 'escalate' && unreached.length === managers.length) await this.reach(this.privacyOfficersFor([request.discloser]));
        await withRetry(this.deps.db, async (trx) => {
          const at = this.deps.now();
          if (!(await claimDeadlineStep(trx, request.id, step, at))) return;
          const current = (await getRequest(trx, request.id))!;
          const officers = step === 'escalate' ? this.privacyOfficersFor([current.discloser]) : [];
          const reachable = await usersWithReference(
            trx,
            managers.map((p) => p.aadObjectId),
          );
          const effects = deadlinePlan({ step, request: current, ageWorkingDays: ageInWorkingDays(current, today), contacts, managers, officers, reachable, unreached });
          await carryOut(trx, effects, this.shell, at);
          done[step === 'remind' ? 'reminded' : 'escalated']++;
        });
      }
    }
    return done;
  }

  /**
   * Destroys requests past their retention and audit entries older than the longest retention
   * (art. 8.1), and records the purge; the chain then continues from an anchor the purge names.
   */
  async purge(): Promise<{ requests: number; auditEntries: number }> {
    const today = this.deps.today();
    const years = Math.max(DEFAULT_RETENTION_YEARS, ...this.deps.rules.books.map((b) => b.data.retention?.years ?? 0));
    const cutoff = addYears(today, -years);
    return withRetry(this.deps.db, async (trx) => {
      const expired = await expiredRequestIds(trx, today);
      await forgetCardCopies(trx, 'request', expired);
      await deleteRequests(trx, expired);
      const { auditEntries } = await purgeAuditIn(trx, this.postgres, cutoff, { requests: expired.length }, this.deps.now());
      return { requests: expired.length, auditEntries };
    });
  }
}
