import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';

describe('configuration from the environment', () => {
  it('runs on embedded defaults with no variables set', () => {
    const c = loadConfig({}, '/srv/waymark');
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/srv/waymark/data', webChat: true });
    expect(c.model).toMatchObject({ model: 'bundled', modelsDir: '/srv/waymark/data/models', allowRemote: false, queryPrefix: '' });
  });

  it('accepts a pretrained model with its query prefix', () => {
    const c = loadConfig({ EMBEDDING_MODEL: 'Xenova/multilingual-e5-small', EMBEDDING_QUERY_PREFIX: 'query: ', EMBEDDING_ALLOW_DOWNLOAD: 'true' }, '/x');
    expect(c.model).toMatchObject({ model: 'Xenova/multilingual-e5-small', queryPrefix: 'query: ', allowRemote: true });
  });

  it('reports every invalid variable at once, by name', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', PSEUDONYM_SECRET: 'short' }, '/x');
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('environment: PORT');
    expect(message).toContain('environment: LOG_LEVEL');
    expect(message).toContain('environment: PSEUDONYM_SECRET');
  });

  it('enables a channel only when its credentials are complete, and names what is missing', () => {
    expect(loadConfig({}, '/x').whatsapp).toBeUndefined();
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ' }, '/x').telegram).toMatchObject({ apiRoot: 'https://api.telegram.org' });
    expect(() => loadConfig({ WHATSAPP_ACCESS_TOKEN: 'token', WHATSAPP_APP_SECRET: 'secret' }, '/x')).toThrowError(/WHATSAPP_PHONE_NUMBER_ID[\s\S]*WHATSAPP_VERIFY_TOKEN|WHATSAPP_VERIFY_TOKEN[\s\S]*WHATSAPP_PHONE_NUMBER_ID/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/webhooks/telegram' }, '/x')).toThrowError(/TELEGRAM_WEBHOOK_SECRET/);
  });
});
