/**
 * Sealed channel addresses. To relay a volunteer's answer the bot must know where to send it (a Telegram chat
 * id, a WhatsApp number), which the pseudonym cannot give back. The address is kept only while a hand-off is
 * open, encrypted (AES-256-GCM, key derived from the installation's secret with HKDF), so a copy of the store
 * alone reveals no phone number.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { WaymarkError } from '../knowledge/errors.js';

export interface Sealer {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function createSealer(secret: string): Sealer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'waymark', 'address-seal', 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
    },
    open(sealed) {
      const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
      try {
        if (!iv || !tag || !body) throw new Error('expected three parts');
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new WaymarkError('STORE_CORRUPT', 'a sealed address in the store cannot be opened with this installation’s secret', 'PSEUDONYM_SECRET (or DATA_DIR/pseudonym.secret) changed since the hand-off began; restore it, or close the hand-off.', { cause: error });
      }
    },
  };
}
