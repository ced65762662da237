/**
 * The webmaster's command line:
 * - `npx willkommen validate office.json [--json]`: exit code 0 when every file can be used by the
 *   widgets (warnings allowed), 1 when one cannot or the command is wrong.
 * - `npx willkommen partners office.json partners.csv [--out file] [--json]`: merges a spreadsheet's
 *   partners into the config; exit code 0 when every row was used, 1 when one was skipped or the input
 *   cannot be used.
 */
import {checkConfigText, type ConfigReport, type Finding} from './config-report.js';
import {columnHelp, describeProblem, importPartners, type ImportReport} from './partners-import.js';

export interface Io {
  readFile(path: string): string;
  /** Raw bytes, for CSV files whose encoding is found out from them. Without it, readFile's text is used. */
  readBytes?(path: string): Uint8Array;
  /** Needed only by `partners --out`; `validate` never writes. */
  writeFile?(path: string, text: string): void;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: willkommen validate <config.json>... [--json]
       willkommen partners <config.json> <partners.csv> [--out <file>] [--json]

validate   checks configs with the same rules the widgets use.
             --json   print one JSON report per file (for CI pipelines) instead of text
           Exit code: 0 when every file is valid (warnings allowed), 1 otherwise.
partners   merges a spreadsheet export into the config's partners ("willkommen partners --help"
           lists the columns).`;

const PARTNERS_USAGE = `Usage: willkommen partners <config.json> <partners.csv> [--out <file>] [--json]

Merges the partners of a spreadsheet, saved as CSV, into the config's partner list. A row whose id
matches a partner of the config replaces it, a new id is added, partners the CSV does not mention stay.
Every row is checked with the widgets' own rules; a row with a problem is skipped and reported (row
numbers as the spreadsheet shows them: the header is row 1), the others are merged.
  --out <file>  write the merged config to this file (it may be the config itself); default: stdout
  --json        print a JSON report to stdout instead of text to stderr (with the merged config
                as "merged" when there is no --out)
Exit code: 0 when every row was used, 1 when a row was skipped or the input cannot be used.

The file: separated by ";" (German Excel) or "," (found out from the header row), UTF-8 (with or
without BOM) or Windows-1252 (Excel's plain "CSV"), cells in double quotes may hold line breaks.
The first row names the columns, in English or German, in any case; unknown columns are ignored:
${columnHelp()}`;

function describe(file: string, kind: 'error' | 'warning', finding: Finding): string {
  return `${file}:${finding.line}:${finding.column}: ${kind}: ${finding.path}: ${finding.message}`;
}

function summary(file: string, report: ConfigReport): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${file}: ${report.valid ? 'valid' : 'NOT valid'} (${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')})`;
}

export function main(args: readonly string[], io: Io): number {
  const [command, ...rest] = args;
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === 'partners') return partners(rest, io);
  if (command !== 'validate' || !files.length || files.some((file) => file.startsWith('--'))) {
    io.err(USAGE);
    return 1;
  }
  let allValid = true;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      allValid = false;
      const message = `Cannot read the file: ${error instanceof Error ? error.message : String(error)}`;
      if (json) io.out(JSON.stringify({file, valid: false, errors: [{path: '$', line: 1, column: 1, message}], warnings: []}));
      else io.err(`${file}: ${message}`);
      continue;
    }
    const report = checkConfigText(text.replace(/^\uFEFF/, ''));
    allValid &&= report.valid;
    if (json) {
      io.out(JSON.stringify({file, ...report}));
      continue;
    }
    for (const finding of report.errors) io.err(describe(file, 'error', finding));
    for (const finding of report.warnings) io.err(describe(file, 'warning', finding));
    io.out(summary(file, report));
  }
  return allValid ? 0 : 1;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const listed = (ids: readonly string[]) => (ids.length ? ` (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''})` : '');

function partnersSummary(csvFile: string, report: ImportReport): string[] {
  const lines = report.ignoredColumns.map((column) => `${csvFile}: the column "${column}" is not known and was ignored`);
  const skipped = new Set(report.problems.map((problem) => problem.row)).size;
  const encoding = report.encoding === 'windows-1252' ? 'Windows-1252' : report.encoding?.toUpperCase();
  const delimiter = report.delimiter === '\t' ? 'tabs' : `"${report.delimiter}"`;
  lines.push(
    `${csvFile}: ${plural(report.rows, 'row')} read (${encoding}, separated by ${delimiter}): ` +
      `${report.added.length} added${listed(report.added)}, ${report.replaced.length} replaced${listed(report.replaced)}, ${skipped} skipped`,
  );
  if (report.kept.length) lines.push(`${plural(report.kept.length, 'partner')} of the config not in the CSV stay${listed(report.kept)}`);
  return lines;
}

function partners(args: readonly string[], io: Io): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(PARTNERS_USAGE);
    return 0;
  }
  let json = false;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--out' && args[i + 1] !== undefined && !args[i + 1].startsWith('--')) out = args[++i];
    else if (arg.startsWith('--out=') && arg.length > 6) out = arg.slice(6);
    else if (arg.startsWith('-')) return usageError(io);
    else files.push(arg);
  }
  if (files.length !== 2) return usageError(io);
  const [configFile, csvFile] = files;

  const fatal = (message: string, report?: ImportReport): number => {
    if (json) io.out(JSON.stringify({config: configFile, csv: csvFile, ...(report ?? {ok: false}), error: message}));
    else io.err(message);
    return 1;
  };
  let configText: string;
  let bytes: Uint8Array;
  try {
    configText = io.readFile(configFile);
  } catch (error) {
    return fatal(`${configFile}: Cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    bytes = io.readBytes ? io.readBytes(csvFile) : new TextEncoder().encode(io.readFile(csvFile));
  } catch (error) {
    return fatal(`${csvFile}: Cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
  }

  const {report, config} = importPartners(configText, bytes);
  if (report.error || config === undefined) {
    const file = report.error?.startsWith('the config') ? configFile : csvFile;
    return fatal(`${file}: ${report.error ?? 'nothing to merge'}`, report);
  }
  if (out !== undefined) {
    try {
      if (!io.writeFile) throw new Error('this environment cannot write files');
      io.writeFile(out, config);
    } catch (error) {
      return fatal(`${out}: Cannot write the file: ${error instanceof Error ? error.message : String(error)}`, report);
    }
  }
  if (json) {
    io.out(JSON.stringify({config: configFile, csv: csvFile, ...report, ...(out !== undefined ? {out} : {merged: JSON.parse(config)})}));
  } else {
    for (const problem of report.problems) io.err(`${csvFile}: ${describeProblem(problem)}`);
    for (const line of partnersSummary(csvFile, report)) io.err(line);
    if (out !== undefined) io.err(`${out}: written`);
    else io.out(config.replace(/\n$/, ''));
  }
  return report.ok ? 0 : 1;
}

function usageError(io: Io): number {
  io.err(PARTNERS_USAGE);
  return 1;
}
