import { describe, expect, it } from 'vitest';
import { COMMANDS, menuLanguages, toBotCommands } from '../../../adapters/telegram/commands.js';
import { isSameSecret, toWebhookPath } from '../../../adapters/telegram/webhook.js';
import { loadKnowledge } from '../../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';

const { knowledge } = loadKnowledge(PROJECT_ROOT);

describe('the command menus', () => {
  it('have a description of 1 to 256 characters for every command in every language with UI strings', () => {
    for (const language of knowledge.strings.languages) {
      expect(knowledge.strings.has(language, 'command-start'), language).toBe(true);
      for (const { command, description } of toBotCommands(knowledge, language)) {
        expect(COMMANDS).toContain(command);
        expect(description.length, `${language} ${command}`).toBeGreaterThan(0);
        expect(description.length, `${language} ${command}`).toBeLessThanOrEqual(256);
      }
    }
  });

  it('are offered in the conversation languages with a two-letter code, English being the default', () => {
    const languages = menuLanguages(knowledge);
    expect(languages).toEqual(expect.arrayContaining(['ar', 'fa', 'uk', 'ti']));
    expect(languages).not.toContain('en');
    expect(languages).not.toContain('kmr');
  });
});

describe('the webhook route', () => {
  it('takes its path from the webhook URL', () => {
    expect(toWebhookPath('https://bot.example.org/webhooks/telegram')).toBe('/webhooks/telegram');
  });

  it('accepts only the exact secret', () => {
    expect(isSameSecret('s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret')).toBe(true);
    expect(isSameSecret('s3cret-s3cret-s3creT', 's3cret-s3cret-s3cret')).toBe(false);
    expect(isSameSecret('short', 's3cret-s3cret-s3cret')).toBe(false);
    expect(isSameSecret(undefined, 's3cret-s3cret-s3cret')).toBe(false);
  });
});
