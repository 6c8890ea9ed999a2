/** Cleaning a message's text, and reading a command from it. */

/** Longer messages are classified by their beginning; a question rarely needs more. */
export const MAX_CLASSIFIED_CHARS = 1000;

/** Drops control characters (keeping line breaks) and unpaired surrogates from binary junk. */
export function sanitize(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
}

/** The command of a message that is only a command (`/start`, `/help@waymark_bot`), lower-cased; else undefined. */
export function commandOf(text: string): string | undefined {
  return /^\/([a-z]+)(?:@\w+)?\s*$/i.exec(text)?.[1]?.toLowerCase();
}
