/**
 * Removes personal data from free text before it is logged or stored as an unmet need: e-mail addresses,
 * phone numbers, IBANs, national ID and tax numbers, document numbers, dates of birth (in digits or words)
 * and names introduced as such ("my name is ...", "меня зовут ..."). Patterns err on the side of removing too
 * much: a lost digit costs nothing, a leaked phone number can cost someone their safety.
 */
import { redactNames, redactWordDates } from './redact-words.js';

interface Rule {
  label: string;
  pattern: RegExp;
}

/** Order matters: specific formats first, the generic long-number rule last. */
const RULES: readonly Rule[] = [
  { label: '[email]', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  { label: '[iban]', pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi },
  // Italian codice fiscale: 6 letters, 2 digits, letter, 2 digits, letter, 3 digits, letter.
  { label: '[id-number]', pattern: /\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b/gi },
  // UK National Insurance number: two letters, six digits, A-D.
  { label: '[id-number]', pattern: /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi },
  // Finnish personal identity code: DDMMYY, century sign, 3 digits, check character.
  { label: '[id-number]', pattern: /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi },
  // Danish CPR (DDMMYY-XXXX) and Czech birth number (YYMMDD/XXXX).
  { label: '[id-number]', pattern: /\b\d{6}\s?[-/]\s?\d{3,4}\b/g },
  // Swiss AHV/AVS number: 756.XXXX.XXXX.XX.
  { label: '[id-number]', pattern: /\b756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}\b/g },
  // Passport and permit numbers: letters and digits mixed, 7-12 characters.
  { label: '[document-number]', pattern: /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{7,12}\b/g },
  // Dates that may be a date of birth: 12/03/1990, 12.3.90, 1990-03-12.
  { label: '[date]', pattern: /\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})\b/g },
  // Phone numbers: optional +, then 7 or more digits with spaces, dots, dashes or brackets between.
  { label: '[phone]', pattern: /(?:\+|00)?\d[\d\s().-]{5,}\d/g },
];

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari...) folded to ASCII so the rules see them. */
function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const value = Number.parseInt(d, 10);
    if (!Number.isNaN(value)) return d;
    const cp = d.codePointAt(0) as number;
    for (const zero of [0x0660, 0x06f0, 0x0966, 0x09e6, 0x1369 - 1]) if (cp >= zero && cp <= zero + 9) return String(cp - zero);
    return d;
  });
}

export function redact(text: string): string {
  let out = redactNames(redactWordDates(foldDigits(text)));
  for (const rule of RULES) out = out.replace(rule.pattern, rule.label);
  return out;
}
