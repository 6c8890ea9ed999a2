/**
 * The bot's configuration, read from environment variables (see `.env.example`) and validated in one place.
 * Every problem is reported together, naming the variable and what it accepts.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { InvalidDataError } from '../knowledge/errors.js';
import { BUNDLED_MODEL } from '../intents/load-classifier.js';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PSEUDONYM_SECRET: z.string().min(32, 'use at least 32 characters, e.g. `openssl rand -hex 32`').optional(),
  WEB_CHAT: flag.default(true),
  NEEDS_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  HANDOFF_TEAMS_FILE: z.string().min(1).optional(),
  HANDOFF_REPLY_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  HANDOFF_IDLE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(48),
  EMBEDDING_MODEL: z.string().min(1).default(BUNDLED_MODEL),
  EMBEDDING_MODELS_DIR: z.string().min(1).optional(),
  EMBEDDING_CACHE_DIR: z.string().min(1).optional(),
  EMBEDDING_ALLOW_DOWNLOAD: flag.default(false),
  EMBEDDING_QUERY_PREFIX: z.string().default(''),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, 'expected a token from @BotFather, like 123456:ABC-...').optional(),
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: z.string().url().refine((u) => u.startsWith('https://'), 'Telegram only delivers webhooks to https URLs').optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, '16-256 characters of A-Z, a-z, 0-9, _ and -').optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'the numeric phone number id from the WhatsApp Manager').optional(),
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_API_BASE: z.string().url().default('https://graph.facebook.com/v23.0'),
  WHATSAPP_HANDOFF_TEMPLATE: z.string().regex(/^[a-z0-9_]{1,512}$/, 'the name of an approved message template: lower-case letters, digits and _').optional(),
  WHATSAPP_HANDOFF_TEMPLATE_LANGUAGE: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a template language code such as en or en_US').default('en'),
  BOTFRAMEWORK_ENABLED: flag.default(false),
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
});

const WHATSAPP_KEYS = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** When unset, a random secret is created in the data folder on first start. */
  pseudonymSecret: string | undefined;
  webChat: boolean;
  /** Unmet-need records older than this many months are deleted (at start-up and daily). */
  needsRetentionMonths: number;
  model: {
    model: string;
    modelsDir: string;
    cacheDir: string;
    allowRemote: boolean;
    queryPrefix: string;
  };
  /** Present when TELEGRAM_BOT_TOKEN is set. Webhook mode when `webhookUrl` is set, long polling otherwise. */
  telegram?: { token: string; apiRoot: string; webhookUrl?: string; webhookSecret?: string };
  /**
   * Hand-off to volunteers: on when the teams file exists. Unanswered hand-offs time out after `replyTimeoutMs`
   * (counted from when the team opens); open ones close after `idleMs` without messages.
   */
  handoff: { teamsFile: string; replyTimeoutMs: number; idleMs: number };
  /** Present when all four WHATSAPP_* credentials are set. */
  whatsapp?: {
    accessToken: string;
    phoneNumberId: string;
    appSecret: string;
    verifyToken: string;
    apiBase: string;
    /** The approved template that invites a user back when a volunteer answers after the 24-hour window. */
    handoffTemplate?: { name: string; language: string };
  };
  /** Present when BOTFRAMEWORK_ENABLED is true; without an app id the adapter accepts anonymous local traffic only. */
  botframework?: { appId?: string; appPassword?: string; tenantId?: string };
}

/** Parses the environment; relative paths are taken from `cwd`. Throws one error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new InvalidDataError(
      'CONFIG_INVALID',
      parsed.error.issues.map((i) => ({ file: 'environment', key: i.path.join('.'), message: i.message, severity: 'error' as const })),
      'Fix the listed environment variables (see .env.example and the README).',
    );
  }
  const e = parsed.data;
  const whatsappSet = WHATSAPP_KEYS.filter((k) => e[k] !== undefined);
  const problems = [];
  if (whatsappSet.length > 0 && whatsappSet.length < WHATSAPP_KEYS.length) {
    for (const k of WHATSAPP_KEYS.filter((key) => e[key] === undefined)) {
      problems.push({ file: 'environment', key: k, message: 'missing: WhatsApp needs all four WHATSAPP_* credentials', severity: 'error' as const });
    }
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    problems.push({ file: 'environment', key: 'TELEGRAM_WEBHOOK_SECRET', message: 'required with TELEGRAM_WEBHOOK_URL, so forged updates can be refused', severity: 'error' as const });
  }
  if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD) {
    problems.push({ file: 'environment', key: 'MICROSOFT_APP_PASSWORD', message: 'required with MICROSOFT_APP_ID', severity: 'error' as const });
  }
  if (problems.length) throw new InvalidDataError('CONFIG_INVALID', problems, 'Fix the listed environment variables (see .env.example and the README).');
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(cwd, p));
  const dataDir = abs(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    logLevel: e.LOG_LEVEL,
    pseudonymSecret: e.PSEUDONYM_SECRET,
    webChat: e.WEB_CHAT,
    needsRetentionMonths: e.NEEDS_RETENTION_MONTHS,
    handoff: {
      teamsFile: abs(e.HANDOFF_TEAMS_FILE ?? join(dataDir, 'teams.yaml')),
      replyTimeoutMs: e.HANDOFF_REPLY_TIMEOUT_MINUTES * 60_000,
      idleMs: e.HANDOFF_IDLE_HOURS * 3_600_000,
    },
    model: {
      model: e.EMBEDDING_MODEL,
      modelsDir: abs(e.EMBEDDING_MODELS_DIR ?? join(dataDir, 'models')),
      cacheDir: abs(e.EMBEDDING_CACHE_DIR ?? join(dataDir, 'cache')),
      allowRemote: e.EMBEDDING_ALLOW_DOWNLOAD,
      queryPrefix: e.EMBEDDING_QUERY_PREFIX,
    },
    ...(e.TELEGRAM_BOT_TOKEN
      ? {
          telegram: {
            token: e.TELEGRAM_BOT_TOKEN,
            apiRoot: e.TELEGRAM_API_ROOT,
            ...(e.TELEGRAM_WEBHOOK_URL ? { webhookUrl: e.TELEGRAM_WEBHOOK_URL } : {}),
            ...(e.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: e.TELEGRAM_WEBHOOK_SECRET } : {}),
          },
        }
      : {}),
    ...(e.WHATSAPP_ACCESS_TOKEN && e.WHATSAPP_PHONE_NUMBER_ID && e.WHATSAPP_APP_SECRET && e.WHATSAPP_VERIFY_TOKEN
      ? {
          whatsapp: {
            accessToken: e.WHATSAPP_ACCESS_TOKEN,
            phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID,
            appSecret: e.WHATSAPP_APP_SECRET,
            verifyToken: e.WHATSAPP_VERIFY_TOKEN,
            apiBase: e.WHATSAPP_API_BASE.replace(/\/$/, ''),
            ...(e.WHATSAPP_HANDOFF_TEMPLATE ? { handoffTemplate: { name: e.WHATSAPP_HANDOFF_TEMPLATE, language: e.WHATSAPP_HANDOFF_TEMPLATE_LANGUAGE } } : {}),
          },
        }
      : {}),
    ...(e.BOTFRAMEWORK_ENABLED
      ? {
          botframework: {
            ...(e.MICROSOFT_APP_ID ? { appId: e.MICROSOFT_APP_ID } : {}),
            ...(e.MICROSOFT_APP_PASSWORD ? { appPassword: e.MICROSOFT_APP_PASSWORD } : {}),
            ...(e.MICROSOFT_APP_TENANT_ID ? { tenantId: e.MICROSOFT_APP_TENANT_ID } : {}),
          },
        }
      : {}),
  };
}
