import { describe, expect, it } from 'vitest';
import { redact } from '../../bot/redact.js';

describe('redaction of personal data', () => {
  const cases: Array<[string, string, string]> = [
    ['an e-mail address', 'write me at amina.k@example.com please', 'amina.k@example.com'],
    ['an Italian mobile number', 'my number is +39 347 123 4567', '347 123 4567'],
    ['a Finnish number with dashes', 'soita 040-123-4567', '040-123-4567'],
    ['a UK number with brackets', 'call (020) 7946 0958', '7946 0958'],
    ['an Arabic-Indic phone number', 'رقمي ٠٧٩١٢٣٤٥٦٧', '0791234567'],
    ['a Persian-digit phone number', 'شماره من ۰۹۱۲۳۴۵۶۷۸۹', '09123456789'],
    ['an IBAN', 'IBAN IT60 X054 2811 1010 0000 0123 456', 'IT60'],
    ['a codice fiscale', 'il mio codice fiscale è RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['a National Insurance number', 'NI number QQ 12 34 56 C', 'QQ 12 34 56 C'],
    ['a Finnish personal identity code', 'hetu 131052-308T', '131052-308T'],
    ['a Danish CPR number', 'mit CPR er 010190-1234', '010190-1234'],
    ['a Czech birth number', 'rodne cislo 905512/1234', '905512/1234'],
    ['a Swiss AHV number', 'AHV 756.1234.5678.97', '756.1234.5678.97'],
    ['a passport number', 'passport number YA1234567 was taken by boss', 'YA1234567'],
    ['a date of birth', 'born 12/03/1990 in Kabul', '12/03/1990'],
    ['a Greek AMKA', 'AMKA 01019012345', '01019012345'],
  ];
  for (const [what, text, secret] of cases) {
    it(`removes ${what}`, () => {
      const out = redact(text);
      expect(out).not.toContain(secret);
      expect(out).toMatch(/\[(email|phone|iban|id-number|document-number|date)\]/);
    });
  }

  it('leaves an ordinary question readable', () => {
    expect(redact('my boss did not pay me for 2 months, what can i do?')).toBe('my boss did not pay me for 2 months, what can i do?');
    expect(redact('كيف احصل على الرقم الضريبي في إيطاليا')).toBe('كيف احصل على الرقم الضريبي في إيطاليا');
  });
});
