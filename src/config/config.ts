// Configuration from the environment (Teams Toolkit names), checked once at start-up.
import { Cron } from 'croner';
import { z } from 'zod/v4';
import { AMSTERDAM } from '../time/amsterdam';
import { commaList } from '../comma-list';

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

function parseDatabaseUrl(value: string): DatabaseTarget | null {
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
      return { kind: 'postgres', url: value };
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('sqlite:')) return null;
  const path = value.startsWith('sqlite:') ? value.slice('sqlite:'.length).replace(/^\/\//, '') : value;
  return path ? { kind: 'sqlite', path } : null;
}

export const configSchema = z
  .object({
    PORT: z.coerce.number({ error: 'PORT moet een getal zijn' }).int().min(0).max(65535).default(3978),
    BOT_ID: optionalText,
    BOT_PASSWORD: optionalText,
    BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMsi'], { error: 'BOT_TYPE is MultiTenant, SingleTenant of UserAssignedMsi' }).default('MultiTenant'),
    BOT_TENANT_ID: optionalText,
    /** Where to find the keys that sign incoming tokens, and their issuer: Bot Framework's by default; set for tests or sovereign clouds. */
    BOT_OPENID_METADATA_URL: optionalText,
    BOT_TOKEN_ISSUER: optionalText,
    /** Hosts proactive messages may go to (comma-separated; `.suffix` matches subdomains). Teams' by default, plus localhost outside production. */
    SERVICE_URL_HOSTS: optionalText,
    ALLOWED_TENANTS: z.string().default('').transform(commaList),
    DIRECTORY_FILE: optionalText,
    /** Extra folders with rulebooks beside the built-in ones, separated by `:` (a covenant added as files only). */
    RULEBOOK_DIRS: optionalText,
    /** The directory from Microsoft Graph instead: the file mapping Entra groups (per tenant) to organisation, unit and roles. */
    GRAPH_DIRECTORY_FILE: optionalText,
    /** The app registration Graph is read as: the bot's own by default (BOT_ID, BOT_PASSWORD; the managed identity with UserAssignedMsi). */
    GRAPH_CLIENT_ID: optionalText,
    GRAPH_CLIENT_SECRET: optionalText,
    GRAPH_BASE_URL: z.string().url('GRAPH_BASE_URL is een https-adres').default('https://graph.microsoft.com'),
    GRAPH_AUTHORITY_HOST: z.string().url('GRAPH_AUTHORITY_HOST is een https-adres').default('https://login.microsoftonline.com'),
    /** A PEM file with an extra certificate authority for Graph and the token endpoint (a private endpoint; the tests' fake one). */
    GRAPH_TLS_CA_FILE: optionalText,
    /** How often the Graph directory is read again (15 minutes; 0 only at start and when someone is not found). */
    DIRECTORY_REFRESH_MS: z.coerce
      .number({ error: 'DIRECTORY_REFRESH_MS moet een getal zijn' })
      .int()
      .min(0)
      .default(15 * 60_000),
    /** The app's id in the organisation's app catalog (teamsapp.yml: TEAMS_APP_PUBLISHED_APP_ID); set, Deelwijzer installs itself for people who never opened it. */
    TEAMS_APP_CATALOG_ID: optionalText,
    /** Where Teams takes proactive messages for chats the bot opened itself. */
    TEAMS_SERVICE_URL: z.string().url('TEAMS_SERVICE_URL is een https-adres').default('https://smba.trafficmanager.net/teams/'),
    /** The organisation's language for people who never wrote and whose Teams locale is neither Dutch nor English. */
    DEFAULT_LANGUAGE: z.enum(['nl', 'en'], { error: 'DEFAULT_LANGUAGE is nl of en' }).default('nl'),
    DATABASE_URL: z
      .string()
      .default('sqlite:./data/deelwijzer.db')
      .transform((value, ctx): DatabaseTarget => {
        const target = parseDatabaseUrl(value.trim());
        if (!target) {
          ctx.addIssue({ code: 'custom', message: 'DATABASE_URL is een bestandspad, een sqlite:-URL of een postgres://-URL' });
          return z.NEVER;
        }
        return target;
      }),
    /** How often the outbox sender looks for due messages; 0 turns the timer off (tests drive it by hand). */
    OUTBOX_INTERVAL_MS: z.coerce.number({ error: 'OUTBOX_INTERVAL_MS moet een getal zijn' }).int().min(0).max(60_000).default(1_000),
    /** How often waiting requests are checked for reminders and escalations; 0 turns it off. */
    DEADLINE_INTERVAL_MS: z.coerce
      .number({ error: 'DEADLINE_INTERVAL_MS moet een getal zijn' })
      .int()
      .min(0)
      .default(15 * 60_000),
    /** How often records past their retention are destroyed; 0 turns it off. */
    PURGE_INTERVAL_MS: z.coerce
      .number({ error: 'PURGE_INTERVAL_MS moet een getal zijn' })
      .int()
      .min(0)
      .default(24 * 60 * 60_000),
    /** When the managers' weekly digest goes out (cron, Europe/Amsterdam); `off` turns it off. */
    DIGEST_CRON: z
      .string()
      .default('0 8 * * 1')
      .refine((expr) => {
        if (expr.trim() === 'off') return true;
        try {
          new Cron(expr, { paused: true, timezone: AMSTERDAM }).stop();
          return true;
        } catch {
          return false;
        }
      }, 'DIGEST_CRON is een cron-uitdrukking (bijv. "0 8 * * 1": maandag 08:00) of "off"'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'LOG_LEVEL is fatal, error, warn, info, debug, trace of silent' }).default('info'),
    NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'NODE_ENV is development, test of production' }).default('development'),
  })
  .superRefine((c, ctx) => {
    if (c.DIRECTORY_FILE && c.GRAPH_DIRECTORY_FILE)
      ctx.addIssue({ code: 'custom', path: ['GRAPH_DIRECTORY_FILE'], message: 'kies één bron voor de mensen: DIRECTORY_FILE (bestand) of GRAPH_DIRECTORY_FILE (Microsoft Graph)' });
    if (c.TEAMS_APP_CATALOG_ID && !c.GRAPH_DIRECTORY_FILE)
      ctx.addIssue({ code: 'custom', path: ['TEAMS_APP_CATALOG_ID'], message: 'installeren voor mensen gaat via Microsoft Graph: zet ook GRAPH_DIRECTORY_FILE' });
    if (c.GRAPH_DIRECTORY_FILE && !(c.GRAPH_CLIENT_ID ?? c.BOT_ID))
      ctx.addIssue({ code: 'custom', path: ['GRAPH_CLIENT_ID'], message: 'Microsoft Graph heeft een app-registratie nodig: zet BOT_ID (of GRAPH_CLIENT_ID)' });
    if (c.NODE_ENV !== 'production') return;
    if (!c.BOT_ID) ctx.addIssue({ code: 'custom', path: ['BOT_ID'], message: 'in productie is BOT_ID verplicht: authenticatie staat nooit stil uit' });
    if (c.BOT_TYPE !== 'UserAssignedMsi' && !c.BOT_PASSWORD)
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'in productie is BOT_PASSWORD verplicht: authenticatie staat nooit stil uit' });
    if (c.BOT_TYPE === 'SingleTenant' && !c.BOT_TENANT_ID) ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: 'SingleTenant heeft BOT_TENANT_ID nodig' });
    if (c.ALLOWED_TENANTS.length === 0) ctx.addIssue({ code: 'custom', path: ['ALLOWED_TENANTS'], message: 'in productie noem je de toegestane tenants (kommagescheiden)' });
  });

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads the configuration; throws a ConfigError with one line per bad value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'configuratie'}: ${i.message}`);
  throw new ConfigError(`De configuratie klopt niet:\n${lines.join('\n')}`);
}

export const TEAMS_SERVICE_HOSTS = ['smba.trafficmanager.net', 'smba.infra.gcc.teams.microsoft.com', 'smba.infra.gov.teams.microsoft.us', 'smba.infra.dod.teams.microsoft.us'];

/** The hosts proactive messages may be sent to. */
export function serviceUrlHosts(config: Config): string[] {
  if (config.SERVICE_URL_HOSTS) return commaList(config.SERVICE_URL_HOSTS.toLowerCase());
  return config.NODE_ENV === 'production' ? TEAMS_SERVICE_HOSTS : [...TEAMS_SERVICE_HOSTS, 'localhost', '127.0.0.1'];
}

export function hostAllowed(hosts: string[], serviceUrl: string | undefined): boolean {
  if (!serviceUrl) return false;
  let host: string;
  try {
    host = new URL(serviceUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h));
}

export function tenantAllowed(config: Config, tenantId: string | undefined): boolean {
  if (config.ALLOWED_TENANTS.length === 0) return config.NODE_ENV !== 'production';
  return tenantId !== undefined && config.ALLOWED_TENANTS.includes(tenantId);
}
