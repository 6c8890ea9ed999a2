/**
 * The parts of redaction that need words rather than digit patterns: names introduced as such ("my name is",
 * "je m'appelle", "меня зовут", "اسمي", ...) and dates written with a month name ("12 March 1990", "5 мая
 * 1985", "١٢ مارس ١٩٩٠" once digits are folded), in the languages Waymark is asked in most.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const either = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Phrases after which people give their name. Apostrophes are matched both straight and typographic. */
const NAME_INTROS = [
  'my name is', "my name's", 'i am called', "i'm called",
  "je m'appelle", 'mon nom est', "mon nom c'est",
  'меня зовут', 'моё имя', 'мое имя', 'мене звати', "моє ім'я",
  'اسمي', 'اسم من', 'اسمم',
  'mi chiamo', 'il mio nome è', 'me llamo', 'mi nombre es',
  'ich heiße', 'ich heisse', 'mein name ist', 'benim adım', 'nazywam się', 'mam na imię',
  'jmenuji se', 'jmenuju se', 'mit navn er', 'jeg hedder', 'nimeni on', 'minun nimeni on', 'με λένε', 'το όνομά μου είναι',
].map((p) => p.replace(/'/g, "['’]"));

/** Words after an intro that are not a name: "my name is wrong on the permit" keeps its meaning. */
const NOT_A_NAME = new Set([
  'not', 'wrong', 'spelled', 'misspelled', 'written', 'different', 'incorrect', 'missing', 'on', 'in', 'and', 'but', 'i', 'is',
  'mal', 'pas', 'et', 'je', 'sur', 'неправильно', 'не', 'и', 'я', 'в', 'на',
  'و', 'انا', 'أنا', 'وانا', 'وأنا', 'من', 'في', 'عمري', 'هل', 'كيف', 'از', 'در', 'هستم', 'است',
]);

const WORD = "[\\p{L}\\p{M}'’.-]+";
const NAME_AFTER_INTRO = new RegExp(`(?<![\\p{L}\\p{M}])(${NAME_INTROS.join('|')})([\\s:,-]+)(${WORD}(?:\\s+${WORD}){0,2})`, 'giu');

const isCased = (word: string): boolean => /[\p{Lu}\p{Ll}]/u.test(word);

/**
 * How many of the words after an intro are the name: the first unless it is a known non-name; further ones
 * while they are capitalised (in scripts with case) or not a known function word (Arabic, Persian).
 */
function nameLength(words: readonly string[]): number {
  let taken = 0;
  for (const word of words) {
    if (NOT_A_NAME.has(word.toLowerCase())) break;
    if (taken > 0 && isCased(word) && !/^\p{Lu}/u.test(word)) break;
    taken++;
  }
  return taken;
}

export function redactNames(text: string): string {
  return text.replace(NAME_AFTER_INTRO, (match, intro: string, gap: string, span: string) => {
    const words = span.split(/\s+/);
    const taken = nameLength(words);
    if (taken === 0) return match;
    return [`${intro}${gap}[name]`, ...words.slice(taken)].join(' ');
  });
}

const MONTHS = [
  // English
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // French, German, Italian, Spanish
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'januar', 'februar', 'märz', 'maerz', 'juni', 'juli', 'oktober', 'dezember',
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'dicembre',
  'enero', 'febrero', 'abril', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  // Russian (nominative and genitive), Ukrainian (genitive)
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
  // Arabic: Gregorian names, then the Levantine and Iraqi ones
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار', 'ايار', 'حزيران', 'تموز', 'آب', 'أيلول', 'ايلول',
  'تشرين الأول', 'تشرين الاول', 'تشرين الثاني', 'كانون الأول', 'كانون الاول',
  // Persian: Gregorian names, then the solar (Hijri Shamsi) months
  'ژانویه', 'فوریه', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر',
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
];

const MONTH = `(?:${either(MONTHS)})\\.?(?![\\p{L}\\p{M}])`;
/** Gregorian years, and solar Hijri years (13xx, 14xx) for dates written the Iranian and Afghan way. */
const YEAR = '(?:19|20|13|14)\\d{2}(?!\\d)';
const DAY = '(?<![\\p{L}\\p{N}])\\d{1,2}(?:st|nd|rd|th|er|e|º|\\.)?';
const WORD_DATES = [
  // 12 March 1990, 1er mars 1990, 12 de marzo de 1990, 5 мая 1985
  new RegExp(`${DAY}\\s*(?:of\\s+|de\\s+|di\\s+)?${MONTH},?\\s*(?:de\\s+|del\\s+)?${YEAR}`, 'giu'),
  // March 12, 1990
  new RegExp(`(?<![\\p{L}\\p{M}])${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'giu'),
];

/** Replaces full dates written with a month name (day, month and year) by `[date]`: they may be a date of birth. */
export function redactWordDates(text: string): string {
  return WORD_DATES.reduce((out, pattern) => out.replace(pattern, '[date]'), text);
}
