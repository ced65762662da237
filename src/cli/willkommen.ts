/**
 * The webmaster's command line: `npx willkommen validate office.json [--json]`. Exit code 0 when every
 * file can be used by the widgets (warnings allowed), 1 when one cannot or the command is wrong.
 */
import {checkConfigText, type ConfigReport, type Finding} from './config-report.js';

export interface Io {
  readFile(path: string): string;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage: willkommen validate <config.json>... [--json]

Checks configs for the Willkommen widgets with the same rules the widgets use.
  --json   print one JSON report per file (for CI pipelines) instead of text
Exit code: 0 when every file is valid (warnings allowed), 1 otherwise.`;

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
