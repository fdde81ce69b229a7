// The rulebook explorer's pages: server-side HTML, a pure function of the rulebooks, the request's
// choices and today's date. No records, no sign-in: covenants are public documents.
import type { toContractJson } from '../ask/output';
import { MESSAGES, formatDate } from '../i18n/messages';
import type { CompiledBook, RuleIndex } from '../rules/compile';
import { dataLabel, partyLabel, purposeLabel, subjectLabel, unitLabel, partyRefLabel, type Lang, type Purpose, type Text, type Verdict } from '../vocabulary';
import { Html, html, page } from './html';
import { directionsOf, matrixOf, purposesFor, type Direction } from './matrix';
import { EXPLORER_TEXTS } from './texts';

export type ContractAnswer = ReturnType<typeof toContractJson>;

const articleLabel = (article: string) => (/^\d/.test(article) ? `art. ${article}` : article);
const anchor = (article: string) => `art-${article.replace(/[^a-z0-9.]+/gi, '-')}`;
// Symbols every font has (the emoji of the cards need an emoji font, which a browser may lack); colour says the rest.
const VERDICT_SYMBOLS: Record<Verdict, string> = { allowed: '✓', conditional: '!', not_allowed: '✕', route_via: '↪', not_covered: '–', acute: '112', incomplete: '?' };
const verdictIcon = (v: Verdict) => VERDICT_SYMBOLS[v];
const byArticle = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true });
const verdictText = (v: Verdict, lang: Lang) => MESSAGES[lang].verdict[v].replace(/^\S+\s/, '');
const date = (iso: string, lang: Lang) => formatDate(iso, lang);
const qs = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
};

function status(book: CompiledBook, today: string, lang: Lang): { kind: 'now' | 'future' | 'past'; text: string } {
  const t = EXPLORER_TEXTS[lang];
  if (book.validFrom && today < book.validFrom) return { kind: 'future', text: t.notYet(date(book.validFrom, lang)) };
  if (book.validUntil && today > book.validUntil) return { kind: 'past', text: t.ended(date(book.validUntil, lang)) };
  return { kind: 'now', text: t.inForce(book.validUntil ? date(book.validUntil, lang) : null) };
}

function header(lang: Lang, path: string, title: string, back: boolean): Html {
  const t = EXPLORER_TEXTS[lang];
  return html`<header class="bar"><div class="bar-inner">${back ? html`<a class="back" href="/covenants${qs({ lang })}">← ${t.back}</a>` : html`<span class="brand">Deelwijzer</span>`}<a class="lang" hreflang="${t.otherLanguage.lang}" href="${path}${qs({ lang: t.otherLanguage.lang })}">${t.otherLanguage.label}</a></div><h1>${title}</h1></header>`;
}

function partyOptions(index: RuleIndex, lang: Lang, chosen: string | undefined): Html[] {
  const refs = new Map<string, string>();
  for (const book of index.books) {
    for (const [party, units] of book.partyUnits) {
      refs.set(party, partyLabel(party)[lang]);
      for (const unit of units ?? []) refs.set(`${party}:${unit}`, partyRefLabel({ party, unit }, lang));
    }
  }
  return [...refs].sort((a, b) => a[1].localeCompare(b[1], lang)).map(([value, label]) => html`<option value="${value}"${value === chosen ? new Html(' selected') : ''}>${label}</option>`);
}

export interface SearchState {
  question?: string;
  as?: string;
  answer?: ContractAnswer | { error: string };
}

function searchForm(index: RuleIndex, lang: Lang, state: SearchState): Html {
  const t = EXPLORER_TEXTS[lang];
  return html`<section class="card search" aria-labelledby="search-title"><h2 id="search-title">${t.searchTitle}</h2>
<form method="post" action="/covenants/zoek${qs({ lang })}">
<label for="question">${t.searchTitle}</label><textarea id="question" name="question" rows="3" maxlength="2000" required placeholder="${t.searchPlaceholder}">${state.question ?? ''}</textarea>
<div class="row"><div class="field"><label for="as">${t.asLabel}</label><select id="as" name="as"><option value="">${t.asAny}</option>${partyOptions(index, lang, state.as)}</select></div>
<button type="submit" class="primary">${t.ask}</button></div>
<p class="hint">${t.privacy}</p></form></section>`;
}

function answerSection(answer: NonNullable<SearchState['answer']>, lang: Lang): Html {
  const t = EXPLORER_TEXTS[lang];
  if ('error' in answer) return html`<section class="card answer" id="answer" role="alert"><h2>${t.answerTitle}</h2><p>${answer.error}</p></section>`;
  const heading = MESSAGES[lang].heading;
  const list = (title: string, items: string[], cls = '') => (items.length ? html`<h3>${title}</h3><ul class="${cls}">${items.map((i) => html`<li>${i}</li>`)}</ul>` : '');
  const emergency =
    answer.verdict === 'acute' ? html`<div class="banner danger" role="alert"><strong>${answer.emergency[0] ?? ''}</strong>${answer.emergency.slice(1).map((l) => html`<p>${l}</p>`)}</div>` : '';
  const warning = answer.personalData.length
    ? html`<p class="banner warning">${MESSAGES[lang].personalDataWarning(answer.personalData.map((k) => MESSAGES[lang].personalDataKinds[k]).join(', '))}</p>`
    : '';
  return html`<section class="card answer" id="answer" aria-live="polite"><h2>${t.answerTitle}</h2>${emergency}${warning}
<p class="verdict v-${answer.verdict}"><span class="sym" aria-hidden="true">${verdictIcon(answer.verdict)}</span> ${verdictText(answer.verdict, lang)}</p>
${answer.verdict === 'not_covered' ? html`<p>${MESSAGES[lang].notCovered}</p>` : ''}
${list(
  heading.missing,
  answer.missing.map((s) => MESSAGES[lang].slot[s]),
)}
${list(
  heading.why,
  answer.rules.map((r) => r.explanation),
)}
${list(heading.conditions, answer.conditions, 'checks')}
${answer.dutiesByAddressee.length ? html`<h3>${heading.duties}</h3>${answer.dutiesByAddressee.map((g) => html`<h4>${g.heading}</h4><ul>${g.duties.map((i) => html`<li>${i}</li>`)}</ul>`)}` : ''}
${list(
  heading.sources,
  answer.citations.map((c) => `${c.covenant}, ${articleLabel(c.article)}: ${c.text}`),
)}
${list(
  heading.whatWouldChange,
  answer.whatWouldChange.map((w) => w.text),
)}
${list(heading.doubts, answer.doubts, 'doubts')}
${list(heading.askWhom, answer.askWhom)}</section>`;
}

export function indexPage(index: RuleIndex, today: string, lang: Lang, search: SearchState = {}): string {
  const t = EXPLORER_TEXTS[lang];
  const cards = index.books.map((book) => {
    const s = status(book, today, lang);
    const parties = [...book.partyUnits.keys()].map((p) => partyLabel(p)[lang]).join(' · ');
    return html`<li class="card covenant"><h3><a href="/covenants/${book.id}${qs({ lang })}">${book.title}</a></h3><p class="badges"><span class="badge ${s.kind}">${s.text}</span><span class="badge">${t.version} ${book.version}</span></p><p>${parties}</p><p class="muted">${book.data.summary[lang]}</p></li>`;
  });
  const body = html`${header(lang, '/covenants', t.title, false)}<main><p class="intro">${t.intro}</p>${searchForm(index, lang, search)}${search.answer ? answerSection(search.answer, lang) : ''}<section aria-labelledby="all"><h2 id="all">${t.covenantsTitle}</h2><ul class="covenants">${cards}</ul></section></main>`;
  return page(lang, t.title, body);
}

export interface MatrixChoice {
  direction?: string;
  purpose?: Purpose;
  consent?: boolean;
}

function matrixSection(book: CompiledBook, today: string, lang: Lang, choice: MatrixChoice): Html {
  const t = EXPLORER_TEXTS[lang];
  const directions = directionsOf(book);
  const direction: Direction | undefined = directions.find((d) => d.key === choice.direction) ?? directions[0];
  if (!direction) return html``;
  const purposes = purposesFor(book, direction);
  const purpose = choice.purpose && purposes.includes(choice.purpose) ? choice.purpose : purposes[0]!;
  const m = matrixOf(book, direction, purpose, choice.consent === true, today);
  const subjects = m.rows[0]!.cells.map((c) => c.subject);
  const seen = new Set<Verdict>();
  // A doubt behind a cell is numbered once and listed under the matrix; the cell links to it.
  const doubts: string[] = [];
  const doubtMark = (text: Text) => {
    if (!doubts.includes(text[lang])) doubts.push(text[lang]);
    const n = String(doubts.indexOf(text[lang]) + 1);
    return html` <a class="doubt" href="#doubt-${n}" title="${MESSAGES[lang].heading.doubts}">?${n}</a>`;
  };
  const rows = m.rows.map(
    (row) =>
      html`<tr><th scope="row">${dataLabel(row.data)[lang]}</th>${row.cells.map(({ cell }) => {
        seen.add(cell.verdict);
        return html`<td class="v-${cell.verdict}" title="${verdictText(cell.verdict, lang)}"><span class="sym" aria-label="${verdictText(cell.verdict, lang)}">${verdictIcon(cell.verdict)}</span>${cell.articles.map((a) => html` <a href="#${anchor(a)}">${a}</a>`)}${cell.doubts.map(doubtMark)}</td>`;
      })}</tr>`,
  );
  const doubtList = doubts.length ? html`<h3>${MESSAGES[lang].heading.doubts}</h3><ol class="doubts">${doubts.map((d, i) => html`<li id="doubt-${String(i + 1)}">${d}</li>`)}</ol>` : '';
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? new Html(' selected') : ''}>${label}</option>`;
  return html`<section class="card" id="matrix" aria-labelledby="matrix-title"><h2 id="matrix-title">${t.matrixTitle}</h2><p class="muted">${t.matrixIntro(date(m.date, lang))}</p>
<form method="get" action="/covenants/${book.id}#matrix" class="matrix-form"><input type="hidden" name="lang" value="${lang}">
<div class="field"><label for="dir">${t.direction}</label><select id="dir" name="dir">${directions.map((d) => option(d.key, `${partyRefLabel(d.from, lang)} → ${partyRefLabel(d.to, lang)}`, d === direction))}</select></div>
<div class="field"><label for="purpose">${t.purpose}</label><select id="purpose" name="purpose">${purposes.map((p) => option(p, purposeLabel(p)[lang], p === purpose))}</select></div>
<label class="check"><input type="checkbox" name="consent" value="1"${m.consent ? new Html(' checked') : ''}> ${t.consent}</label>
<button type="submit">${t.show}</button></form>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.matrixTitle}"><table class="matrix"><caption>${partyRefLabel(direction.from, lang)} → ${partyRefLabel(direction.to, lang)} · ${purposeLabel(purpose)[lang]}${m.consent ? ` · ${t.consent}` : ''}</caption>
<thead><tr><th scope="col">${t.dataHeader}</th>${subjects.map((s) => html`<th scope="col">${subjectLabel(s)[lang].split(' / ')[0]}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>
<ul class="legend">${[...seen].map((v) => html`<li class="v-${v}"><span class="sym" aria-hidden="true">${verdictIcon(v)}</span> ${verdictText(v, lang)}</li>`)}</ul>${doubtList}</section>`;
}

function serviceLevelSection(book: CompiledBook, lang: Lang): Html | string {
  const level = book.data.serviceLevel;
  if (!level) return '';
  const t = EXPLORER_TEXTS[lang];
  const source = level.source === 'covenant' && level.article ? t.serviceLevelSource.covenant(articleLabel(level.article)) : t.serviceLevelSource['privacy-officer-default'];
  return html`<section class="card" aria-labelledby="service-level"><h2 id="service-level">${t.serviceLevel}</h2><p>${t.serviceLevelDays(level.days)}</p><p class="badges"><span class="badge source-${level.source}">${source}</span></p><p>${level.explanation[lang]}</p></section>`;
}

export function covenantPage(index: RuleIndex, id: string, today: string, lang: Lang, choice: MatrixChoice = {}): string | null {
  const book = index.books.find((b) => b.id === id);
  if (!book) return null;
  const t = EXPLORER_TEXTS[lang];
  const s = status(book, today, lang);
  const link = (other: CompiledBook | undefined) => (other ? html`<a href="/covenants/${other.id}${qs({ lang })}">${other.title}</a>` : '');
  const successor = index.books.find((b) => b.id === book.succeededBy);
  const predecessor = index.books.find((b) => b.id === book.succeeds);
  const parties = book.data.parties.map((p) => html`<li><strong>${partyLabel(p.party)[lang]}</strong>: ${p.units ? p.units.map((u) => unitLabel(u)[lang]).join(', ') : t.anyUnit}</li>`);
  // Object keys that look like integers ("2", "12") come first in JavaScript: put the articles in document order.
  const articles = Object.entries(book.data.articles)
    .sort(([a], [b]) => byArticle(a, b))
    .map(([a, text]) => html`<div class="article" id="${anchor(a)}"><dt>${articleLabel(a)}</dt><dd>${text[lang]}</dd></div>`);
  const validityArticles = book.data.validity.articles.map((a) => html`<a href="#${anchor(a)}">${articleLabel(a)}</a> `);
  const { doubts } = book.data.validity;
  const validityDoubts = doubts.length
    ? html`<h3>${MESSAGES[lang].heading.doubts}</h3><ul class="doubts">${doubts.map((d) => html`<li><strong>${t.doubtfulDays(date(d.from, lang), date(d.until, lang))}</strong>: ${d.text[lang]}</li>`)}</ul>`
    : '';
  const body = html`${header(lang, `/covenants/${book.id}`, book.title, true)}<main>
<p class="intro">${book.data.summary[lang]}</p><p class="badges"><span class="badge ${s.kind}">${s.text}</span><span class="badge">${t.version} ${book.version}</span></p>
<section class="card" aria-labelledby="parties"><h2 id="parties">${t.parties}</h2><ul>${parties}</ul></section>
<section class="card" aria-labelledby="validity"><h2 id="validity">${t.validity}</h2><p>${s.text}</p>
${predecessor ? html`<p>${t.renews} ${link(predecessor)}</p>` : ''}${successor ? html`<p>${t.renewedBy} ${link(successor)}${successor.validFrom ? ` (${date(successor.validFrom, lang)})` : ''}</p>` : ''}
<h3>${t.derivation}</h3><p>${book.data.validity.explanation[lang]} ${validityArticles}</p>${validityDoubts}</section>
${serviceLevelSection(book, lang)}
${matrixSection(book, today, lang, choice)}
<section class="card" aria-labelledby="articles"><h2 id="articles">${t.articlesTitle}</h2><dl class="articles">${articles}</dl></section></main>`;
  return page(lang, book.title, body);
}

export function notFoundPage(lang: Lang): string {
  const t = EXPLORER_TEXTS[lang];
  return page(lang, t.notFound, html`${header(lang, '/covenants', t.notFound, true)}<main><p>${t.notFound}</p></main>`);
}
