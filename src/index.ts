// Deelwijzer's entry point: configuration → rulebooks → directory → store → bot → HTTP server.
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import { createLog, errorFields, inTurn } from './log';
import { BotAdapter } from './bot/adapter';
import { createBot } from './bot/bot';
import { nowIso, todayInAmsterdam } from './clock';
import { loadConfig, ConfigError, serviceUrlHosts } from './config/config';
import { openDirectorySource } from './directory/source';
import { graphReach } from './graph/reach';
import { loadRules, rulebookDirs } from './rules/load';
import { createServer } from './server';
import { registerExplorer } from './explorer/routes';
import { migrate, openDatabase } from './store/database';
import { sqlStore } from './store/sql-store';
import { SqlStorage } from './store/bot-storage';
import { claimSoleInstance, type InstanceClaim } from './store/sole-instance';
import { asLeader } from './store/leader';
import { OutboxSender } from './store/outbox';
import { alertPrivacyOfficers, proactiveDeliver } from './bot/proactive';
import { WELCOME_KEY_PREFIX } from './bot/activity-shape';
import { RequestService } from './requests/service';
import { DigestService } from './digest/service';
import { BreachService } from './breach/service';
import { scheduleDigests } from './digest/schedule';
import { loadLanguage, useLanguage } from './nlu/lexicon-files';

/**
 * How long the ids of processed messages and card actions are kept. They guard against Teams delivering
 * the same activity again, which it does within minutes; without a limit the table grows by a row per message.
 */
const PROCESSED_ID_DAYS = 30;

export async function start(env: Record<string, string | undefined> = process.env, options: { logDestination?: DestinationStream } = {}) {
  const config = loadConfig(env);
  const dirs = rulebookDirs(config.RULEBOOK_DIRS ?? '');
  const rules = loadRules(dirs); // a bad rulebook, vocabulary or lexicon file stops the start, naming file and line
  // These folders' vocabulary and words serve the labels, the checks of input and the reader until the server closes.
  const restoreLanguage = useLanguage(loadLanguage(dirs));
  const log = createLog(config.LOG_LEVEL, options.logDestination);
  const source = await openDirectorySource(config, {
    onRefresh: (report) =>
      log('directory-refreshed', { people: report.people, calls: report.calls, ms: report.ms, failedTenants: report.tenants.filter((t) => t.failure).length, conflicts: report.conflicts.length }),
    onError: (error) => log('directory-error', { name: error.name }),
  });
  const directory = source.directory;
  for (const warning of source.warnings) log('directory-warning', { warning });
  const db = openDatabase(config.DATABASE_URL);
  // SQLite: this instance must be the only one on the file (PostgreSQL serves several).
  const target = config.DATABASE_URL;
  let claim: InstanceClaim | null = null;
  try {
    claim = target.kind === 'sqlite' && target.path !== ':memory:' ? claimSoleInstance(target.path) : null;
    await migrate(db);
  } catch (error) {
    claim?.release();
    await db.destroy();
    throw error;
  }
  const store = sqlStore(db);
  const adapter = new BotAdapter({
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
    ...(config.BOT_OPENID_METADATA_URL ? { ToBotFromChannelOpenIdMetadataUrl: config.BOT_OPENID_METADATA_URL } : {}),
    ...(config.BOT_TOKEN_ISSUER ? { ToBotFromChannelTokenIssuer: config.BOT_TOKEN_ISSUER } : {}),
  });
  // People who never opened the bot: installed for through Graph when the app's catalog id is configured.
  const install = source.graph?.install;
  const reach = install
    ? graphReach({
        references: store,
        install,
        serviceUrl: config.TEAMS_SERVICE_URL,
        botId: config.BOT_ID ?? '',
        now: nowIso,
        onFailure: (f) => log('graph-install-failed', { kind: f.kind, status: f.status ?? 0, code: f.code }),
      })
    : undefined;
  const requests = new RequestService({ db, rules, directory, now: nowIso, today: todayInAmsterdam, reach });
  const digests = new DigestService({ db, rules, directory, now: nowIso, today: todayInAmsterdam, flush: () => store.flushQuestions(), reach });
  const breaches = new BreachService({ db, rules, directory, now: nowIso, reach });
  const app = createBot({
    config,
    rules,
    directory,
    store,
    requests,
    digests,
    breaches,
    storage: new SqlStorage(db, { soleWriter: target.kind === 'sqlite' }),
    adapter,
    today: todayInAmsterdam,
    now: nowIso,
    log,
  });
  const sender = new OutboxSender(db, {
    deliver: proactiveDeliver(adapter, config.BOT_ID ?? '', serviceUrlHosts(config)),
    onDeadLetter: alertPrivacyOfficers(db, store, directory, nowIso),
    now: Date.now,
    random: Math.random,
  });
  // Each turn runs with its own request id for the log lines inside it. Without logging there is no
  // need: Node 20's AsyncLocalStorage slows every promise once it is in use.
  const timedTurn = <T>(run: () => Promise<T>) =>
    inTurn(randomUUID(), async () => {
      const started = process.hrtime.bigint();
      try {
        return await run();
      } finally {
        log('turn', { ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10 });
      }
    });
  const server = createServer(adapter, app, { requireToken: Boolean(config.BOT_ID), botId: config.BOT_ID, onTurn: log.enabled ? timedTurn : undefined });
  registerExplorer(server, { rules, today: todayInAmsterdam });
  if (config.OUTBOX_INTERVAL_MS > 0) {
    const drain = setInterval(() => {
      sender.drainOnce().catch((error: unknown) => log('outbox-error', errorFields(error)));
    }, config.OUTBOX_INTERVAL_MS);
    drain.unref();
    server.on('close', () => clearInterval(drain));
  }
  // Deadlines (reminders, escalations) every few minutes; the retention purge once a day and at start.
  const every = (ms: number, job: () => Promise<unknown>, name: string) => {
    if (ms <= 0) return;
    const run = () => job().catch((error: unknown) => log(`${name}-error`, errorFields(error)));
    const timer = setInterval(run, ms);
    timer.unref();
    server.on('close', () => clearInterval(timer));
  };
  every(config.DEADLINE_INTERVAL_MS, () => asLeader(db, 'deadlines', () => requests.runDeadlines()), 'deadlines');
  const purge = async () => {
    await requests.purge();
    const forgotten = await store.forgetProcessedBefore(new Date(Date.now() - PROCESSED_ID_DAYS * 86_400_000).toISOString(), WELCOME_KEY_PREFIX);
    if (forgotten > 0) log('processed-ids-forgotten', { count: forgotten });
  };
  every(config.PURGE_INTERVAL_MS, () => asLeader(db, 'purge', purge), 'purge');
  if (config.PURGE_INTERVAL_MS > 0) asLeader(db, 'purge', purge).catch((error: unknown) => log('purge-error', errorFields(error)));
  if (config.DIGEST_CRON.trim() !== 'off') {
    const schedule = scheduleDigests(digests, config.DIGEST_CRON, (event, fields) => log(event, fields));
    server.on('close', () => schedule.stop());
  }
  server.on('close', () => claim?.release());
  server.on('close', () => source.close());
  server.once('close', restoreLanguage);
  server.listen(config.PORT, () => log('listening', { port: config.PORT, rulebooks: rules.books.length, people: directory.people.length }));
  return { server, config, store, db, sender, requests, digests, breaches, directory };
}

if (require.main === module) {
  start().catch((error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Deelwijzer start niet.\n${message}\n`);
    process.exit(1);
  });
}
