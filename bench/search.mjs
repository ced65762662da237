// The document finder's search latency per keystroke (`node bench/search.mjs`): a simulated typing
// session (each query typed letter by letter, typos included) over 200, 1,000 and 5,000 generated
// documents with names, descriptions and keywords in German, English, Arabic, Persian, Ukrainian and
// Russian. Prints the median and p95 per keystroke and the budget line (≤ 2 ms median, ≤ 8 ms p95 at
// 5,000). For comparison, on this machine: minisearch 2.35 / 5.6 ms, fuse.js 303 ms, a plain substring
// scan 0.63 ms (without typo tolerance).
import {build} from 'esbuild';
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const BUDGET = {median: 2, p95: 8, at: 5000};

// The search module as the bundle has it (TypeScript through esbuild, no DOM needed).
const bundled = await build({
  entryPoints: ['src/widgets/document-finder/search.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const {createDocumentSearch} = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`);

// --- Plausible documents ----------------------------------------------------------------------
// A small deterministic generator (the same documents every run).
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

const GERMAN_HEADS = ['Melde', 'Aufenthalts', 'Kranken', 'Arbeits', 'Geburts', 'Heirats', 'Wohnungs', 'Einkommens', 'Renten', 'Sprach', 'Integrations', 'Steuer', 'Sorgerechts', 'Zulassungs', 'Verpflichtungs', 'Anerkennungs', 'Gehalts', 'Studien', 'Familien', 'Ausbildungs', 'Miet', 'Versicherungs', 'Gewerbe', 'Führungs', 'Unterhalts'];
const GERMAN_TAILS = ['bescheinigung', 'nachweis', 'urkunde', 'vertrag', 'erklärung', 'bescheid', 'zeugnis', 'abrechnung', 'bestätigung', 'antrag', 'ausweis', 'zertifikat', 'verlauf', 'erlaubnis', 'schreiben'];
const ENGLISH = ['certificate', 'proof', 'contract', 'statement', 'decision', 'record', 'confirmation', 'form', 'licence', 'letter', 'registration', 'insurance', 'income', 'residence', 'birth', 'marriage', 'employment', 'tax', 'pension', 'housing', 'language', 'course', 'custody', 'university'];
const ARABIC = ['شهادة', 'إثبات', 'عقد', 'تصريح', 'قرار', 'سجل', 'تأكيد', 'استمارة', 'رخصة', 'خطاب', 'تسجيل', 'تأمين', 'دخل', 'إقامة', 'ميلاد', 'زواج', 'عمل', 'ضريبة', 'تقاعد', 'مسكن', 'لغة', 'دورة', 'حضانة', 'جامعة'];
const PERSIAN = ['گواهی', 'مدرک', 'قرارداد', 'اجازه', 'بیمه', 'درآمد', 'اقامت', 'تولد', 'ازدواج', 'کار', 'مالیات', 'مسکن', 'زبان', 'دانشگاه', 'گذرنامه'];
const UKRAINIAN = ['довідка', 'свідоцтво', 'договір', 'дозвіл', 'рішення', 'посвідка', 'реєстрація', 'страхування', 'дохід', 'народження', 'шлюб', 'робота', 'податок', 'пенсія', 'житло', 'мова', 'паспорт'];
const RUSSIAN = ['справка', 'свидетельство', 'договор', 'разрешение', 'решение', 'регистрация', 'страховка', 'доход', 'рождение', 'брак', 'работа', 'налог', 'пенсия', 'жильё', 'язык', 'паспорт'];
const GERMAN_WORDS = ['Ihr', 'aktueller', 'Nachweis', 'über', 'vom', 'Amt', 'mit', 'Stempel', 'und', 'Unterschrift', 'Kopie', 'Original', 'beglaubigt', 'Übersetzung', 'Monate', 'alt', 'Arbeitgeber', 'Behörde', 'Ausland'];
const ENGLISH_WORDS = ['your', 'current', 'proof', 'from', 'the', 'office', 'with', 'stamp', 'and', 'signature', 'copy', 'original', 'certified', 'translation', 'months', 'old', 'employer', 'authority', 'abroad'];

const words = (list, count) => Array.from({length: count}, () => pick(list)).join(' ');

function generated(count) {
  const profile = JSON.parse(readFileSync('src/core/config/default-profile.json', 'utf8')).documents;
  const documents = [...profile];
  for (let index = documents.length; index < count; index++) {
    const german = pick(GERMAN_HEADS) + pick(GERMAN_TAILS);
    documents.push({
      id: `doc-${index}`,
      name: {de: german, en: `${pick(ENGLISH)} ${pick(ENGLISH)}`, ar: `${pick(ARABIC)} ${pick(ARABIC)}`, uk: `${pick(UKRAINIAN)} ${pick(UKRAINIAN)}`},
      description: {de: words(GERMAN_WORDS, 8), en: words(ENGLISH_WORDS, 8), ar: words(ARABIC, 6)},
      keywords: {de: [pick(GERMAN_HEADS) + pick(GERMAN_TAILS)], ar: [pick(ARABIC)], fa: [pick(PERSIAN)], uk: [pick(UKRAINIAN)], ru: [pick(RUSSIAN)]},
    });
  }
  return documents.slice(0, count);
}

// What visitors type, letter by letter (a typo in some, as on a phone).
const SESSION = ['Meldebeschinigung', 'anmeldung', 'مسكن', 'паспорт', 'Krankenversicherung', 'pasport', 'Nachweis Wohnraum', 'жилье', 'اقامه', 'Verpflichtungserklärung'];
const keystrokes = SESSION.flatMap((query) => Array.from({length: query.length}, (_, index) => query.slice(0, index + 1)));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (value) => `${value.toFixed(3)} ms`;

const rows = {};
let verdict;
for (const count of [200, 1000, 5000]) {
  const documents = generated(count);
  const search = createDocumentSearch(documents, 'ar', 'de');
  const start = performance.now();
  search.search('a'); // the first query builds the index
  const buildTime = performance.now() - start;
  for (const query of keystrokes) search.search(query); // warm-up round, not measured
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of keystrokes) {
      const before = performance.now();
      search.search(query);
      times.push(performance.now() - before);
    }
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);
  rows[`${count} documents`] = {'median per keystroke': ms(median), 'p95 per keystroke': ms(p95), 'index built at first query': ms(buildTime), keystrokes: times.length};
  if (count === BUDGET.at) verdict = {median, p95};
}

console.log('Document search, per keystroke of a simulated typing session');
console.table(rows);
const ok = verdict.median <= BUDGET.median && verdict.p95 <= BUDGET.p95;
console.log(
  `Budget at ${BUDGET.at.toLocaleString('en')} documents: median ${ms(verdict.median)} (≤ ${BUDGET.median} ms), p95 ${ms(verdict.p95)} (≤ ${BUDGET.p95} ms): ${ok ? 'within budget' : 'OVER BUDGET'}`,
);
if (!ok) process.exitCode = 1;
