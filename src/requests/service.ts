// The requests shell: files, routes and decides disclosure requests on the database. Every state change
// commits together with its audit entry and the outbox messages it causes, so nothing is half done.
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { sql, type Transaction } from 'kysely';
import { requestCard, type Viewer } from '../cards/request-cards';
import { textCard, type Card } from '../cards/cards';
import type { Directory, Person } from '../directory/directory';
import { REQUEST_MESSAGES } from '../i18n/request-messages';
import { citationLabel } from '../present/describe';
import type { RuleIndex } from '../rules/compile';
import type { Decision } from '../rules/types';
import { cardActivity, rebuildCardCopies, recordSentCopy, sendCardCopy } from '../store/card-copies';
import { appendAuditIn, ConflictError, isPostgres, readAnchor, withRetry } from '../store/audit';
import type { Database, Db } from '../store/database';
import { enqueue } from '../store/outbox';
import { alertOfficersAbout, reachWithOfficers, type Reach } from '../graph/reach';
import { markProcessedIn, readReference } from '../store/sql-store';
import { getRequest, insertRequest, openRequestsFor, pendingRequests, requestFiledBy, requestsOfRequester, updateRequestIfUnchanged } from '../store/request-store';
import { formatPartyRef, langOfLocale, partyRefLabel, type Lang, type PartyRef } from '../vocabulary';
import { PURGE_KIND } from './audit-chain';
import { deadlineSteps, ageInWorkingDays } from './deadlines';
import type { FilingFields } from './filing';
import { displayId, retainUntil, snapshotOf, type DisclosureRequest } from './request';
import { addYears } from '../time/calendar';
import { transition, type RequestAction, type Transition } from './request-state';

type Trx = Transaction<Database>;
type Reference = Partial<ConversationReference>;

export const CARD_KIND = 'request-card';
const NOTICE_KIND = 'request-notice';
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

const langOfReference = (reference: Reference) => langOfLocale(reference.locale);

export class RequestService {
  private readonly postgres: boolean;
  constructor(private readonly deps: RequestServiceDeps) {
    this.postgres = isPostgres(deps.db);
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
      deciderName: request.decidedBy ? (this.person(request.decidedBy)?.name ?? (request.decidedBy === request.requesterId ? (lang === 'nl' ? 'de aanvrager' : 'the requester') : request.decidedBy)) : null,
      contactNames: this.contactsFor(request.discloser).map((p) => p.name),
      conditions,
      duties,
      citations: request.snapshot.citations.map((c) => citationLabel(book(c.covenant)?.title ?? c.covenant, c.article, lang)),
      titles: Object.fromEntries(this.deps.rules.books.map((b) => [b.id, b.title])),
      today: this.deps.today(),
      lang,
    });
  }

  private async sendCard(trx: Trx, request: DisclosureRequest, recipientId: string, reference: Reference, at: string) {
    await sendCardCopy(trx, request.id, CARD_KIND, recipientId, reference, this.card(request, recipientId, reference.user?.id ?? null, langOfReference(reference)), at);
  }

  /** Rebuilds every copy of the request's card from its new state. */
  private refreshCopies(trx: Trx, request: DisclosureRequest, at: string) {
    return rebuildCardCopies(trx, request.id, CARD_KIND, (recipientId, reference) => this.card(request, recipientId, reference.user?.id ?? null, langOfReference(reference)), at);
  }

  private async notify(trx: Trx, people: Person[], text: (lang: Lang) => string, at: string, kind = NOTICE_KIND): Promise<number> {
    let reached = 0;
    for (const person of people) {
      const reference = await readReference(trx, person.aadObjectId);
      if (!reference) continue;
      await enqueue(trx, { reference, activity: cardActivity(textCard([text(langOfReference(reference))])), kind, recipientId: person.aadObjectId }, at);
      reached++;
    }
    return reached;
  }

  private audit(trx: Trx, kind: string, request: DisclosureRequest, actor: string, at: string) {
    // What art. 6.2 asks to be recorded: who, which categories about which kind of person, to whom, when, on which basis.
    return appendAuditIn(trx, this.postgres, kind, {
      requestId: request.id,
      caseRef: request.caseRef,
      actor,
      actorParty: formatPartyRef(this.person(actor)?.party) ?? (actor === request.requesterId ? formatPartyRef(request.requesterParty) : null),
      discloser: formatPartyRef(request.discloser)!,
      recipient: formatPartyRef(request.recipient)!,
      subject: request.subject,
      data: request.data,
      purpose: request.purpose,
      covenant: request.covenant,
      articles: request.snapshot.citations.map((c) => `${c.covenant} ${c.article}`),
      verdict: request.snapshot.verdict,
      delivery: request.delivery,
      state: request.state,
    }, at);
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
      await this.audit(trx, 'request.filed', request, filing.requesterId, at);
      let reached = 0;
      for (const contact of this.contactsFor(request.discloser)) {
        const reference = await readReference(trx, contact.aadObjectId);
        if (!reference) continue;
        await this.sendCard(trx, request, contact.aadObjectId, reference, at);
        reached++;
      }
      if (filing.requesterCard) await recordSentCopy(trx, request.id, CARD_KIND, filing.requesterId, filing.requesterCard.reference, filing.requesterCard.activityId, at);
      await alertOfficersAbout(trx, this.deps.directory, unreached, at);
      let officersAlerted = 0;
      if (reached === 0) {
        await appendAuditIn(trx, this.postgres, 'request.unrouted', { requestId: request.id, discloser: formatPartyRef(request.discloser)! }, at);
        officersAlerted = await this.notify(trx, this.privacyOfficersFor([request.discloser, request.recipient]), (lang) => REQUEST_MESSAGES[lang].unroutedAlert(displayId(request.id), partyRefLabel(request.discloser, lang)), at, 'routing-alert');
      }
      return { request, contactsReached: reached, officersAlerted, replay: false };
    });
  }

  /** Sends waiting requests to a contact who was not reachable when they were filed. */
  async deliverWaiting(contactId: string): Promise<number> {
    const contact = this.person(contactId);
    if (!contact?.roles.includes('contact')) return 0;
    const open = (await openRequestsFor(this.deps.db, contact.party)).filter((r) => this.viewerOf(r, contactId) === 'contact');
    if (open.length === 0) return 0;
    const reference = await readReference(this.deps.db, contactId);
    if (!reference) return 0;
    let sent = 0;
    for (const request of open) {
      const had = await this.deps.db.selectFrom('outbox').select('id').where('request_id', '=', request.id).where('recipient_id', '=', contactId).where('kind', '=', CARD_KIND).executeTakeFirst();
      if (had) continue;
      await withRetry(this.deps.db, async (trx) => {
        const again = await trx.selectFrom('outbox').select('id').where('request_id', '=', request.id).where('recipient_id', '=', contactId).where('kind', '=', CARD_KIND).executeTakeFirst();
        if (again) return;
        await this.sendCard(trx, request, contactId, reference, this.deps.now());
        await appendAuditIn(trx, this.postgres, 'request.routed', { requestId: request.id, contact: contactId }, this.deps.now());
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
      await this.audit(trx, result.event, next, actorId, at);
      await this.refreshCopies(trx, next, at);
      // A new message for whoever must act or hear of it now; the copies they already have update in place.
      if (action.kind === 'answer_info' || action.kind === 'withdraw') {
        for (const contact of this.contactsFor(next.discloser)) {
          const reference = await readReference(trx, contact.aadObjectId);
          if (reference) await this.sendCard(trx, next, contact.aadObjectId, reference, at);
        }
      } else {
        const reference = await readReference(trx, next.requesterId);
        if (reference) await this.sendCard(trx, next, next.requesterId, reference, at);
      }
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
        const column = step === 'remind' ? 'reminded_at' : 'escalated_at';
        const contacts = this.contactsFor(request.discloser);
        const managers = this.deps.directory.managersFor(request.discloser);
        const unreached = await this.reach(step === 'remind' ? contacts : managers);
        if (step === 'escalate' && unreached.length === managers.length) await this.reach(this.privacyOfficersFor([request.discloser]));
        await withRetry(this.deps.db, async (trx) => {
          const at = this.deps.now();
          const claimed = await trx
            .updateTable('requests')
            .set({ [column]: at, version: sql<number>`version + 1` })
            .where('id', '=', request.id)
            .where('state', '=', 'pending')
            .where(column, 'is', null)
            .executeTakeFirst();
          if (Number(claimed.numUpdatedRows) !== 1) return;
          const current = (await getRequest(trx, request.id))!;
          const age = ageInWorkingDays(current, today);
          const ref = displayId(current.id);
          await appendAuditIn(trx, this.postgres, step === 'remind' ? 'request.reminded' : 'request.escalated', { requestId: current.id, ageWorkingDays: age, slaDays: current.slaDays }, at);
          await this.refreshCopies(trx, current, at);
          await alertOfficersAbout(trx, this.deps.directory, unreached, at);
          if (step === 'remind') {
            await this.notify(trx, contacts, (lang) => REQUEST_MESSAGES[lang].reminder(ref, age, current.slaDays), at);
            done.reminded++;
          } else {
            const names = contacts.map((p) => p.name).join(', ');
            const escalation = (lang: Lang) => REQUEST_MESSAGES[lang].escalation(ref, partyRefLabel(current.discloser, lang), age, current.slaDays, names || REQUEST_MESSAGES[lang].nobodyYet);
            // The managers of the data-holding organisation; when none can be reached, its privacy officers.
            const told = await this.notify(trx, managers, escalation, at, 'request-escalation');
            if (told === 0) await this.notify(trx, this.privacyOfficersFor([current.discloser]), escalation, at, 'request-escalation');
            done.escalated++;
          }
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
      const at = this.deps.now();
      const expired = (await trx.selectFrom('requests').select('id').where('retain_until', '<', today).execute()).map((r) => r.id);
      if (expired.length > 0) {
        await trx.deleteFrom('outbox').where('request_id', 'in', expired).execute();
        await trx.deleteFrom('requests').where('id', 'in', expired).execute();
      }
      if (this.postgres) await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
      const firstKept = await trx.selectFrom('audit_log').select('seq').where('at', '>=', cutoff).orderBy('seq').limit(1).executeTakeFirst();
      const lastOld = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('at', '<', cutoff)
        .$if(firstKept !== undefined, (q) => q.where('seq', '<', firstKept!.seq))
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let auditEntries = 0;
      if (lastOld) {
        const deleted = await trx.deleteFrom('audit_log').where('seq', '<=', lastOld.seq).executeTakeFirst();
        auditEntries = Number(deleted.numDeletedRows);
        await trx.deleteFrom('audit_anchor').where('id', '=', 1).execute();
        await trx.insertInto('audit_anchor').values({ id: 1, seq: Number(lastOld.seq), hash: lastOld.hash, at }).execute();
      }
      if (expired.length === 0 && auditEntries === 0) return { requests: 0, auditEntries: 0 };
      const anchor = await readAnchor(trx);
      await appendAuditIn(trx, this.postgres, PURGE_KIND, { requests: expired.length, auditEntries, cutoff, throughSeq: anchor?.seq ?? null, throughHash: anchor?.hash ?? null }, at);
      return { requests: expired.length, auditEntries };
    });
  }
}
