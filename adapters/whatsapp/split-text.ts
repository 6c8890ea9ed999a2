/**
 * Cutting long texts where a reader expects a break. WhatsApp refuses a text body over 4096 characters and an
 * interactive body over 1024, so a long answer becomes several messages, cut between paragraphs when possible,
 * then between lines, then between words, and only as a last resort inside a word.
 *
 * Lengths are counted in UTF-16 code units, which is never less than the characters WhatsApp counts, so a
 * piece that fits here also fits there.
 */

/** A cut position at most `max`, preferring a paragraph break, then a line break, then a space. */
function cutBefore(text: string, max: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, max);
    if (at > 0) return at;
  }
  return isHighSurrogate(text, max - 1) && max > 1 ? max - 1 : max;
}

/** A cut position at least `min`, preferring a paragraph break, then a line break, then a space. */
function cutAfter(text: string, min: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.indexOf(separator, Math.max(0, min - separator.length));
    if (at >= 0 && at < text.length - separator.length) return at + separator.length;
  }
  return isHighSurrogate(text, min - 1) ? min + 1 : min;
}

/** True when a hard cut after index `at` would split a surrogate pair (an emoji or a rare CJK character). */
function isHighSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff;
}

/** Splits `text` into pieces of at most `max` characters, none of them empty. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutBefore(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Splits off a short ending of `text` that fits in `max` characters: its last paragraph, or when that is too
 * long, the longest ending that starts at a line (or word) break. The tail becomes the body of an interactive
 * message, so the buttons stay next to the question they answer; the head is sent before it as plain text.
 */
export function splitTail(text: string, max: number): { head: string; tail: string } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { head: '', tail: trimmed };
  const lastParagraph = trimmed.lastIndexOf('\n\n');
  const cut = lastParagraph > 0 && trimmed.length - lastParagraph - 2 <= max ? lastParagraph + 2 : cutAfter(trimmed, trimmed.length - max);
  return { head: trimmed.slice(0, cut).trimEnd(), tail: trimmed.slice(cut).trim() };
}
