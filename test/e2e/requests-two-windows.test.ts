// Filing and approving a request with two users in two Agents Playground windows on one bot: Sanne
// (Blijf Groep staff) files, Ruben (contact person of police unit Amsterdam) approves.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../src/net/free-port';
import { launchChromium } from './browser';
import { configDirFor, launchPlayground, launchPlaygroundClient, type Playground } from '../../src/playground/launch';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');

describe('a request filed and approved in two Agents Playground windows (Chromium)', function () {
  this.timeout(180_000);
  let playground: Playground;
  let sanneClient: { url: string; stop(): void };
  let browser: Browser;
  let ruben: Page;
  let sanne: Page;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const botPort = await freePort();
    playground = await launchPlayground({ botPort, playgroundPort: await freePort(), quiet: true, env: { LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '300', DATABASE_URL: `sqlite:${join(tmpdir(), `deelwijzer-e2e-${process.pid}-${Date.now()}.db`)}` } });
    sanneClient = await launchPlaygroundClient({ botPort, playgroundPort: await freePort(), configDir: configDirFor('user-sanne'), quiet: true });
    browser = await launchChromium();
    ruben = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
    sanne = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
    for (const page of [ruben, sanne]) {
      await page.goto(page === ruben ? playground.url : sanneClient.url);
      await page.getByText('Welkom bij Deelwijzer').or(page.getByText('Welcome to Deelwijzer')).first().waitFor({ timeout: 30_000 });
    }
  });

  after(async () => {
    await sanne?.screenshot({ path: join(ARTIFACTS, 'requests-debug-sanne.png'), fullPage: true }).catch(() => undefined);
    await browser?.close();
    sanneClient?.stop();
    playground?.stop();
  });

  it('Ruben, contact person, has no open requests yet', async () => {
    const box = ruben.getByRole('textbox').last();
    await box.fill('openstaande verzoeken');
    await box.press('Enter');
    await ruben.getByText('Er staan geen verzoeken open voor jouw organisatie.').last().waitFor({ timeout: 20_000 });
  });

  it('Sanne files a request from the verdict card', async () => {
    const box = sanne.getByRole('textbox').last();
    await box.fill('Mag de politie Amsterdam ons de geweldsincidenten van de pleger geven voor de risicotaxatie?');
    await box.press('Enter');
    await sanne.getByText('Mag onder voorwaarden').last().waitFor({ timeout: 20_000 });
    await sanne.getByRole('button', { name: 'Verzoek indienen' }).last().click();
    await sanne.getByText('Verzoek om gegevens indienen').last().waitFor({ timeout: 20_000 });
    await sanne.getByLabel(/Zaaknummer/).last().fill('BG-2026-0142');
    await sanne.getByLabel(/Waarom zijn deze gegevens nodig/).last().fill('Nodig voor de risicotaxatie bij de opname; minder volstaat niet.');
    await sanne.screenshot({ path: join(ARTIFACTS, 'requests-1-filing-form.png'), fullPage: true });
    await sanne.getByRole('button', { name: 'Verzoek indienen' }).last().click();
    await sanne.getByText('Wacht op een beslissing').last().waitFor({ timeout: 20_000 });
    await sanne.getByText(/ligt bij Ruben Visser/).last().waitFor({ timeout: 20_000 });
    await sanne.screenshot({ path: join(ARTIFACTS, 'requests-2-filed.png'), fullPage: true });
  });

  it('Ruben receives the approval card and approves', async () => {
    await ruben.getByText(/Verzoek om gegevens · DW-/).last().waitFor({ timeout: 30_000 });
    await ruben.getByText('BG-2026-0142').last().waitFor();
    await ruben.screenshot({ path: join(ARTIFACTS, 'requests-3-approval-card.png'), fullPage: true });
    await ruben.getByRole('button', { name: 'Goedkeuren' }).last().click();
    await ruben.getByText(/Goedgekeurd door Ruben Visser/).last().waitFor({ timeout: 20_000 });
    assert.equal(await ruben.getByRole('button', { name: 'Goedkeuren' }).count(), 0, 'the buttons are gone after the decision');
    await ruben.screenshot({ path: join(ARTIFACTS, 'requests-4-approved.png'), fullPage: true });
  });

  it('Sanne sees the decision', async () => {
    await sanne.getByText(/Goedgekeurd door Ruben Visser/).last().waitFor({ timeout: 30_000 });
    await sanne.screenshot({ path: join(ARTIFACTS, 'requests-5-requester-notified.png'), fullPage: true });
  });
});
