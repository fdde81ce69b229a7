// The rulebook explorer in real Chromium, at desktop and phone width, served by the bot itself.
// Screenshots are kept in test-artifacts/ as evidence of what a user sees.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { startExplorerBot } from './explorer-bot';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

describe('the rulebook explorer in Chromium', function () {
  this.timeout(60_000);
  let bot: Awaited<ReturnType<typeof startExplorerBot>>;
  let browser: Browser;
  let base = '';

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startExplorerBot();
    base = bot.base;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const open = async (width: number, path: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const response = await page.goto(`${base}${path}`);
    assert.equal(response?.status(), 200);
    return page;
  };
  const askInPage = async (page: Page, question: string, as?: string) => {
    await page.fill('#question', question);
    if (as) await page.selectOption('#as', as);
    await Promise.all([page.waitForURL(/\/covenants\/zoek/), page.click('button[type=submit]')]);
  };
  const noHorizontalScroll = async (page: Page) => assert.ok(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), 'the page itself does not scroll sideways');

  it('lists every covenant with its status and version, in Segoe UI on a Teams-grey background', async () => {
    const page = await open(1024, '/covenants');
    const titles = await page.locator('.covenant h3').allTextContents();
    assert.ok(titles.includes('Convenant Gegevensverstrekking Blijf Groep'));
    assert.ok(titles.includes('Convenant Gegevensverstrekking Blijf Groep 2.0 (fictief)'));
    assert.ok(titles.some((t) => /Almere/.test(t)));
    assert.match(String(await page.evaluate('getComputedStyle(document.body).fontFamily')), /Segoe UI/);
    assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(245, 245, 245)');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-1-list.png'), fullPage: true });
    await page.close();
  });

  it('answers a question typed in the search box with the same engine, citing the article', async () => {
    const page = await open(1024, '/covenants');
    await askInPage(page, 'Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?', 'politie:amsterdam');
    const answer = await page.locator('#answer').innerText();
    assert.match(answer, /Mag onder voorwaarden/);
    assert.match(answer, /blijf-politie-2022, art\. 4\.2/);
    assert.equal(new URL(page.url()).search.includes('pleger'), false, 'the question is not in the address');
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-2-answer.png'), fullPage: true });
    await page.close();
  });

  it('puts 112 first when the question is about danger now', async () => {
    const page = await open(1024, '/covenants');
    await askInPage(page, 'Hij staat nu voor de deur met een mes, mag ik de politie bellen?');
    const first = await page.locator('#answer > *:nth-child(2)').innerText();
    assert.match(first, /112/);
    await page.close();
  });

  it('shows a covenant with parties, validity and its derivation, the matrix and the paraphrase beside each article', async () => {
    const page = await open(1024, '/covenants/blijf-politie-2022');
    const text = await page.locator('main').innerText();
    assert.match(text, /amsterdam|Amsterdam/);
    assert.match(text, /De laatste partij \(eenheid Midden-Nederland\) tekende op 16 september 2022/);
    assert.match(text, /Twijfel\? Vraag je privacy officer\n+16 september 2027: Valt 16 september 2027 nog binnen de vijf jaar/);
    assert.match(text, /Termijn voor een verzoek\n+Een verzoek krijgt binnen 5 werkdagen een antwoord\.\n+Bron: standaard van de privacy officer\n+Het convenant noemt geen termijn/);
    assert.match(text, /Opgevolgd door\s+Convenant Gegevensverstrekking Blijf Groep 2\.0/);
    const cell = page.locator('table.matrix tbody tr', { hasText: 'naam, adres en woonplaats' }).locator('td').nth(3);
    assert.match((await cell.getAttribute('class')) ?? '', /v-conditional/);
    assert.match(await cell.innerText(), /4\.2/);
    await cell.locator('a').first().click();
    assert.match(await page.locator('.article:target').innerText(), /Per groep staat precies welke gegevens/);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-3-covenant.png'), fullPage: true });
    await page.close();
  });

  it('changes the matrix when another direction and purpose are chosen', async () => {
    const page = await open(1024, '/covenants/blijf-politie-2022');
    await page.selectOption('#dir', 'blijf-groep>politie:flevoland');
    await page.selectOption('#purpose', 'opsporing');
    await Promise.all([page.waitForURL(/dir=blijf-groep/), page.click('.matrix-form button')]);
    assert.match(await page.locator('table.matrix caption').innerText(), /Blijf Groep → politie-eenheid Flevoland/);
    assert.equal(await page.locator('table.matrix td.v-conditional').count(), 0, 'investigation is not a purpose of this covenant');
    await page.close();
  });

  it('is usable at phone width (360 px): nothing but the matrix scrolls sideways', async () => {
    const page = await open(360, '/covenants');
    await noHorizontalScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-4-phone-list.png'), fullPage: true });
    const detail = await open(360, '/covenants/regio-flevoland-almere-2026?lang=en');
    await noHorizontalScroll(detail);
    assert.match(await detail.locator('h2#matrix-title').innerText(), /What this covenant says/);
    await detail.screenshot({ path: join(ARTIFACTS, 'explorer-5-phone-covenant.png'), fullPage: true });
    await page.close();
    await detail.close();
  });
});
