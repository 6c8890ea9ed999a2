/**
 * The command menu Telegram shows next to the input field, in each user's language: one setMyCommands call per
 * language with a `language_code`, and English for everyone else (https://core.telegram.org/bots/api#setmycommands).
 */
import type { Api } from 'grammy';
import type { BotCommand, LanguageCode } from 'grammy/types';
import type { Logger } from '../../bot/logger.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';

/** The commands the engine understands, in menu order; each has a `command-<name>` UI string. */
export const COMMANDS = ['start', 'help', 'language', 'country', 'human', 'bot', 'forget'] as const;

/** Telegram takes two-letter ISO 639-1 codes only, so Kurmanji (kmr) and Sorani (ckb) users see the default menu. */
const TELEGRAM_LANGUAGE_CODE = /^[a-z]{2}$/;

export function toBotCommands(knowledge: KnowledgeBase, language: string): BotCommand[] {
  return COMMANDS.map((command) => ({
    command,
    description: knowledge.strings.format(language, `command-${command}`).replace(/[\u2068\u2069]/g, ''),
  }));
}

/** The languages that get their own menu: conversation languages Telegram can name, English being the default. */
export function menuLanguages(knowledge: KnowledgeBase): LanguageCode[] {
  return knowledge.languages.filter((l) => l.classifier && l.code !== 'en' && TELEGRAM_LANGUAGE_CODE.test(l.code)).map((l) => l.code as LanguageCode);
}

/**
 * Sets the default (English) menu and one per language. A refused language is logged and skipped: the bot
 * works without a menu, so this never stops the start.
 */
export async function registerCommands(api: Api, knowledge: KnowledgeBase, log: Logger): Promise<void> {
  const failed: string[] = [];
  for (const language of [undefined, ...menuLanguages(knowledge)]) {
    try {
      await api.setMyCommands(toBotCommands(knowledge, language ?? 'en'), language ? { language_code: language } : {});
    } catch (error) {
      failed.push(language ?? 'default');
      log.warn({ language: language ?? 'default', error: String(error) }, 'telegram: setMyCommands failed; that language keeps its previous command menu');
    }
  }
  log.info({ languages: menuLanguages(knowledge).length + 1 - failed.length, failed }, 'telegram: command menus registered');
}
