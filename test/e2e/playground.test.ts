// End to end in the real client: the Microsoft 365 Agents Playground, driven in Chromium.
// Screenshots are kept in test-artifacts/ as evidence of what a user sees.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../src/net/free-port';
import { launchChromium } from './browser';
import { launchPlayground, type Playground } from '../../src/playground/launch';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

describe('the bot in the Agents Playground (Chromium)', function () {
  this.timeout(120_000);
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // A fresh database: the welcome goes out once per conversation, and this test expects it.
    playground = await launchPlayground({
      botPort: await freePort(),
      playgroundPort: await freePort(),
      quiet: true,
      env: { LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(tmpdir(), `deelwijzer-e2e-welcome-${process.pid}-${Date.now()}.db`)}` },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
    await page.goto(playground.url);
    await page.getByText('Welkom bij Deelwijzer').or(page.getByText('Welcome to Deelwijzer')).first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    playground?.stop();
  });

  async function ask(text: string) {
    const box = page.getByRole('textbox').last();
    await box.fill(text);
    await box.press('Enter');
  }

  it('answers a complete question with the verdict card', async () => {
    await ask('Mag ik het adres van de pleger delen met Blijf Groep voor de risicotaxatie?');
    await page.getByText('Mag onder voorwaarden').last().waitFor({ timeout: 20_000 });
    await page.getByText('Waarom en bronnen').last().click();
    await page
      .getByText(/Convenant Gegevensverstrekking Blijf Groep, art\. 4\.2/)
      .last()
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'playground-1-verdict.png'), fullPage: true });
  });

  it('asks an incomplete question with a form; the submitted form is replaced by the verdict', async () => {
    const formsBefore = await page.getByText('Nog even aanvullen').count();
    await ask('mag ik het adres van de pleger delen met blijf');
    await page.getByText('Nog even aanvullen').nth(formsBefore).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'playground-2-form.png'), fullPage: true });
    await page
      .getByRole('combobox', { name: /Waarvoor/ })
      .last()
      .click();
    await page.getByRole('option', { name: 'aanvraag AWARE en veiligheidsadvies' }).click();
    await page.getByRole('button', { name: 'Geef antwoord' }).last().click();
    await page.waitForFunction(`document.body.innerText.split('Nog even aanvullen').length - 1 === ${formsBefore}`, undefined, { timeout: 20_000 });
    await page
      .getByText(/doel: aanvraag AWARE en veiligheidsadvies/)
      .last()
      .waitFor({ timeout: 20_000 });
    assert.equal(await page.getByText('Nog even aanvullen').count(), formsBefore, 'the form was replaced');
    await page.screenshot({ path: join(ARTIFACTS, 'playground-3-form-answered.png'), fullPage: true });
  });

  it('answers acute danger with the emergency card', async () => {
    await ask('hij staat nu voor de deur met een mes');
    await page.getByText('Acuut gevaar: eerst veiligheid').last().waitFor({ timeout: 20_000 });
    await page
      .getByText(/Bel 112/)
      .last()
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'playground-4-acute.png'), fullPage: true });
  });
});
