// Every role in its own Agents Playground window on one bot, as `npm run playground` starts them, driven in
// Chromium: Sanne (staff, Blijf Groep), Ruben (police contact, Amsterdam), Karin (manager), Joost (privacy
// officer). Each card is screenshotted to test-artifacts/roles-*.png; the checks are what a person would see.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { freePort } from '../../src/net/free-port';
import { launchChromium } from './browser';
import { launchDemo, type Demo } from '../../src/playground/launch';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
/** Words that only a Dutch sentence has; an English card must have none of them. */
const DUTCH = /\b(het|een|niet|wordt|jouw|je|wat|voor|verzoeken|gegevens)\b/i;
/** Words that only an English sentence has (names of organisations aside). */
const ENGLISH = /\b(the|your)\b/i;

describe('every role in its own Agents Playground window (Chromium)', function () {
  this.timeout(240_000);
  let demo: Demo;
  let browser: Browser;
  const pages: Record<'sanne' | 'ruben' | 'karin' | 'joost', Page> = {} as never;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await launchDemo({
      botPort: await freePort(),
      firstPort: await freePort(),
      quiet: true,
      env: { LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '300', DATABASE_URL: `sqlite:${join(tmpdir(), `deelwijzer-e2e-roles-${process.pid}-${Date.now()}.db`)}` },
    });
    browser = await launchChromium();
    const names = ['sanne', 'ruben', 'karin', 'joost'] as const;
    for (const [i, name] of names.entries()) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
      await page.goto(demo.windows[i]!.url);
      await page.getByText('Welkom bij Deelwijzer').or(page.getByText('Welcome to Deelwijzer')).first().waitFor({ timeout: 30_000 });
      pages[name] = page;
    }
  });

  after(async () => {
    await browser?.close();
    demo?.stop();
  });

  const cards = (page: Page) => page.locator('.ac-adaptiveCard');

  /** Sends a message and waits for the bot's next card; returns it. */
  async function send(page: Page, text: string): Promise<Locator> {
    const before = await cards(page).count();
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
    return nextCard(page, before);
  }

  const moreCardsThan = (page: Page, count: number) => page.waitForFunction(`document.querySelectorAll('.ac-adaptiveCard').length > ${count}`, undefined, { timeout: 20_000 });

  async function nextCard(page: Page, before: number): Promise<Locator> {
    await moreCardsThan(page, before);
    // Cards inside a card (ShowCard panels) are nested; the message is the outermost new one.
    return cards(page).nth(before);
  }

  async function shoot(card: Locator, name: string) {
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(ARTIFACTS, `roles-${name}.png`) });
  }

  async function expectLanguage(card: Locator, lang: 'nl' | 'en', what: string) {
    const text = await card.innerText();
    if (lang === 'en') assert.doesNotMatch(text, DUTCH, `${what}: no Dutch in an English card`);
    else assert.match(text, DUTCH, `${what}: Dutch`);
    if (lang === 'nl') assert.doesNotMatch(text.replace(/Blijf Groep|Veilig Thuis/g, ''), ENGLISH, `${what}: no English in a Dutch card`);
  }

  it('Sanne gets example questions in Dutch after typing "voorbeelden", and a tapped example is answered', async () => {
    const page = pages.sanne;
    const examples = await send(page, 'voorbeelden');
    await expectLanguage(examples, 'nl', 'voorbeelden');
    await shoot(examples, 'sanne-1-voorbeelden');
    const before = await cards(page).count();
    await examples.getByText('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?').click();
    const answered = await nextCard(page, before);
    await answered
      .getByText(/Mag|Niet geregeld|Nog even aanvullen/)
      .first()
      .waitFor();
    await shoot(answered, 'sanne-2-example-answered');
  });

  it('Sanne sees a verdict whose first screen fits 600 px, with conditions, duties and sources a tap away', async () => {
    const page = pages.sanne;
    const card = await send(page, 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?');
    await card.getByText('Mag onder voorwaarden').waitFor();
    const box = (await card.boundingBox())!;
    assert.ok(box.height <= 600, `first screen ${Math.round(box.height)} px`);
    await expectLanguage(card, 'nl', 'verdict');
    await shoot(card, 'sanne-3-verdict-first-screen');
    for (const toggle of ['Voorwaarden', 'Na het delen', 'Waarom en bronnen']) {
      await card.getByText(new RegExp(`▸ ${toggle}`)).click();
    }
    await card.getByText(/Voordat je deelt, moet dit allemaal kloppen/).waitFor();
    await card
      .getByText(/Convenant Gegevensverstrekking Blijf Groep, art\. 4\.2/)
      .first()
      .waitFor();
    // Sanne receives: the recipient's duties are hers, addressed to her.
    await card.getByText('Jij', { exact: true }).first().waitFor();
    assert.doesNotMatch(await card.innerText(), /De ontvanger \(/);
    await shoot(card, 'sanne-4-verdict-opened');
  });

  it('Sanne gets a not-covered card opening with 112 that says why in plain words', async () => {
    const card = await send(pages.sanne, 'Mag ik het adres van de pleger delen met het OM?');
    await card.getByText('Acuut gevaar? Bel 112.', { exact: false }).first().waitFor();
    assert.doesNotMatch(await card.innerText(), /: \?/);
    await shoot(card, 'sanne-5-not-covered');
  });

  it('Sanne files a request; a refused case number keeps what she wrote', async () => {
    const page = pages.sanne;
    const verdict = await send(page, 'Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?');
    // Card actions answer with a card that replaces the one acted on.
    await verdict.getByRole('button', { name: 'Verzoek indienen' }).click();
    const form = cards(page).filter({ hasText: 'Verzoek om gegevens indienen' }).last();
    await form.getByText('Acuut gevaar? Bel 112.', { exact: false }).first().waitFor({ timeout: 20_000 });
    await form.getByLabel(/Waarom zijn deze gegevens nodig/).fill('Nodig voor de risicotaxatie bij de opname; minder volstaat niet.');
    await form.getByLabel(/Zaaknummer/).fill('Jansen');
    await form.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page
      .getByText(/lijkt op een naam/)
      .last()
      .waitFor({ timeout: 20_000 });
    const refused = cards(page).filter({ hasText: 'lijkt op een naam' }).last();
    assert.equal(await refused.getByLabel(/Waarom zijn deze gegevens nodig/).inputValue(), 'Nodig voor de risicotaxatie bij de opname; minder volstaat niet.');
    await shoot(refused, 'sanne-6-filing-refused-case-number');
    await refused.getByLabel(/Zaaknummer/).fill('BG-2026-0142');
    await refused.getByRole('button', { name: 'Verzoek indienen' }).click();
    await page
      .getByText(/ligt bij Ruben Visser/)
      .last()
      .waitFor({ timeout: 20_000 });
    await shoot(cards(page).filter({ hasText: 'Wacht op een beslissing' }).last(), 'sanne-7-filed');
  });

  it('Ruben sees the request in "openstaande verzoeken", opens it and approves; he is told what to do next', async () => {
    const page = pages.ruben;
    await page
      .getByText(/Verzoek om gegevens · DW-/)
      .last()
      .waitFor({ timeout: 30_000 });
    await shoot(cards(page).filter({ hasText: 'Verzoek om gegevens · DW-' }).last(), 'ruben-1-approval-card');
    const list = await send(page, 'openstaande verzoeken');
    await list.getByText(/geweldsincidenten over pleger \/ verdachte, gevraagd aan politie-eenheid Amsterdam/).waitFor();
    await expectLanguage(list, 'nl', 'openstaande verzoeken');
    await shoot(list, 'ruben-2-open-requests');
    await list.getByRole('button', { name: 'Openen' }).first().click();
    const opened = cards(page)
      .filter({ has: page.getByRole('button', { name: 'Goedkeuren' }) })
      .last();
    await opened.getByRole('button', { name: 'Goedkeuren' }).click();
    await page
      .getByText(/Wat nu: geef de gegevens schriftelijk aan Sanne de Boer/)
      .last()
      .waitFor({ timeout: 20_000 });
    await shoot(cards(page).filter({ hasText: 'Wat nu' }).last(), 'ruben-3-approved-next-step');
  });

  it('Sanne gets the decision in Dutch with her next step, and her own card is redrawn in Dutch', async () => {
    const page = pages.sanne;
    await page
      .getByText(/Wat nu: Politie-eenheid Amsterdam geeft je de gegevens schriftelijk/)
      .last()
      .waitFor({ timeout: 30_000 });
    assert.equal(await page.getByText(/Approved by/).count(), 0, 'no copy in English');
    await shoot(cards(page).filter({ hasText: 'Wat nu' }).last(), 'sanne-8-decision');
    const mine = await send(page, 'mijn verzoeken');
    await mine
      .getByText(/Goedgekeurd/)
      .first()
      .waitFor();
    await shoot(mine, 'sanne-9-my-requests');
  });

  it('Karin, manager, gets the week so far in Dutch after "weekoverzicht", and every command in her help leads somewhere', async () => {
    const page = pages.karin;
    const digest = await send(page, 'weekoverzicht');
    await digest.getByText(/Nu nog open/).waitFor();
    await expectLanguage(digest, 'nl', 'weekoverzicht');
    await shoot(digest, 'karin-1-digest');
    const help = await send(page, 'help');
    await expectLanguage(help, 'nl', 'help');
    await shoot(help, 'karin-2-help');
    const commands = await help.locator('.ac-selectable').allInnerTexts();
    assert.ok(
      commands.some((c) => c.includes('weekoverzicht')),
      'a manager is offered the digest',
    );
    for (const [i, command] of commands.entries()) {
      const current = await send(page, 'help');
      const before = await cards(page).count();
      const messagesBefore = await page.getByText(/Dat begrijp ik niet/).count();
      await current.locator('.ac-selectable').nth(i).click();
      await moreCardsThan(page, before).catch(() => undefined);
      assert.ok((await cards(page).count()) > before, `"${command.split('\n')[0]}" answered with a card`);
      assert.equal(await page.getByText(/Dat begrijp ik niet/).count(), messagesBefore, `"${command.split('\n')[0]}" was understood`);
    }
  });

  it('Joost, privacy officer in an English Teams client, gets English help and an English breach form', async () => {
    const page = pages.joost;
    const help = await send(page, 'help');
    await help.getByText('What can I do for you?').waitFor();
    await expectLanguage(help, 'en', 'help');
    await shoot(help, 'joost-1-help-en');
    const form = await send(page, 'data breach');
    await expectLanguage(form, 'en', 'breach form');
    await shoot(form, 'joost-2-breach-form-en');
    const answer = await send(page, 'Can I share the address of the perpetrator with the police for the risk assessment?');
    await expectLanguage(answer, 'en', 'answer');
    await shoot(answer, 'joost-3-answer-en');
  });
});
