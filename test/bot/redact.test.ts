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

describe('redaction of names and dates written in words', () => {
  const cases: Array<[string, string, string[], string]> = [
    ['a name after "my name is"', 'my name is Amina Karimi and my boss did not pay me', ['Amina', 'Karimi'], '[name]'],
    ['a lower-case name after "my name is"', 'my name is amina, where can i work', ['amina'], '[name]'],
    ['a name after "je m\'appelle"', "je m'appelle Fatima Benali, je cherche un logement", ['Fatima', 'Benali'], '[name]'],
    ['a name after a typographic apostrophe', 'je m’appelle Fatima et je cherche du travail', ['Fatima'], '[name]'],
    ['a name after "меня зовут"', 'меня зовут Олег Петренко, где найти жильё', ['Олег', 'Петренко'], '[name]'],
    ['a name after "мене звати"', 'мене звати Оксана, мені не заплатили', ['Оксана'], '[name]'],
    ['a name after "اسمي"', 'اسمي أحمد محمد وأبحث عن سكن', ['أحمد', 'محمد'], '[name]'],
    ['a name after "اسم من"', 'اسم من رضا احمدی است و دنبال کار هستم', ['رضا', 'احمدی'], '[name]'],
    ['an English date of birth in words', 'I was born on 12 March 1990 in Kabul', ['12 March 1990'], '[date]'],
    ['a date with the month first', 'born March 12th, 1990', ['March 12th, 1990'], '[date]'],
    ['a French date of birth', 'née le 1er mars 1990 à Alep', ['mars 1990'], '[date]'],
    ['a Spanish date of birth', 'nací el 12 de marzo de 1990', ['marzo de 1990'], '[date]'],
    ['a Russian date of birth', 'родился 5 мая 1985 года', ['5 мая 1985'], '[date]'],
    ['an Arabic date with Arabic-Indic digits', 'تاريخ ميلادي ١٢ مارس ١٩٩٠', ['مارس', '1990', '١٩٩٠'], '[date]'],
    ['a Persian solar date', 'متولد ۱۲ فروردین ۱۳۶۹ هستم', ['فروردین', '1369'], '[date]'],
  ];
  for (const [what, text, secrets, label] of cases) {
    it(`removes ${what}`, () => {
      const out = redact(text);
      for (const secret of secrets) expect(out).not.toContain(secret);
      expect(out).toContain(label);
    });
  }

  it('keeps the rest of the sentence after a name', () => {
    expect(redact('my name is Amina and I need help')).toBe('my name is [name] and I need help');
    expect(redact("je m'appelle Fatima, je cherche un logement")).toBe("je m'appelle [name], je cherche un logement");
  });

  it('leaves a sentence about a wrong name on a document readable', () => {
    expect(redact('my name is wrong on my permit')).toBe('my name is wrong on my permit');
  });

  it('leaves a month and year without a day, which is rarely a birthday', () => {
    expect(redact('I have been waiting since March 2024')).toBe('I have been waiting since March 2024');
  });

  it('gives the same text when applied twice', () => {
    const once = redact('my name is Amina Karimi, born 12 March 1990, call +39 347 123 4567');
    expect(redact(once)).toBe(once);
  });
});
