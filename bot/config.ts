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
  EMBEDDING_MODEL: z.string().min(1).default(BUNDLED_MODEL),
  EMBEDDING_MODELS_DIR: z.string().min(1).optional(),
  EMBEDDING_CACHE_DIR: z.string().min(1).optional(),
  EMBEDDING_ALLOW_DOWNLOAD: flag.default(false),
  EMBEDDING_QUERY_PREFIX: z.string().default(''),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** When unset, a random secret is created in the data folder on first start. */
  pseudonymSecret: string | undefined;
  webChat: boolean;
  model: {
    model: string;
    modelsDir: string;
    cacheDir: string;
    allowRemote: boolean;
    queryPrefix: string;
  };
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
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(cwd, p));
  const dataDir = abs(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    logLevel: e.LOG_LEVEL,
    pseudonymSecret: e.PSEUDONYM_SECRET,
    webChat: e.WEB_CHAT,
    model: {
      model: e.EMBEDDING_MODEL,
      modelsDir: abs(e.EMBEDDING_MODELS_DIR ?? join(dataDir, 'models')),
      cacheDir: abs(e.EMBEDDING_CACHE_DIR ?? join(dataDir, 'cache')),
      allowRemote: e.EMBEDDING_ALLOW_DOWNLOAD,
      queryPrefix: e.EMBEDDING_QUERY_PREFIX,
    },
  };
}
