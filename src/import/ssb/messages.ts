import type { EditProblem } from './edit-actuals.js';
import type { ReadProblem } from './jsonstat.js';
import type { Choice, MatchProblem } from './match.js';
import type { ActualStatus } from './merge-actuals.js';
import type { FetchProblem } from './pxweb.js';

export type Locale = 'nb' | 'nn' | 'en';

/** Counts for the closing line of a run. */
export interface Totals {
  indicators: number;
  tables: number;
  added: number;
  changed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  files: number;
  dryRun: boolean;
}

/**
 * Every word `plan import ssb` prints, one table per locale. Problems arrive as
 * codes with their facts (match.ts, jsonstat.ts, pxweb.ts, edit-actuals.ts) and
 * become sentences only here.
 */
export interface Messages {
  table(id: string): string;
  added: string;
  changed: string;
  unchanged: string;
  skipped: string;
  failed: string;
  retrieved(date: string): string;
  status(s: ActualStatus): string;
  symbol(symbol: string): string;
  missing: string;
  notANumber: string;
  match(p: MatchProblem): string;
  edit(p: EditProblem): string;
  read(p: ReadProblem): string;
  fetch(p: FetchProblem): string;
  totals(t: Totals): string;
  unusedTable(table: string): string;
  nothingToImport: string;
  noSuchFile(path: string): string;
  unreadable(path: string, reason: string): string;
  notJsonStat(path: string, why: string): string;
  noTableId(path: string): string;
  tableForOneFile: string;
  differentDimensions(table: string): string;
  unknownIndicator(id: string, suggestions: string[]): string;
  noSsb(id: string): string;
  notGiven(id: string, table: string): string;
  badApi(url: string): string;
  badSource(arg: string): string;
  twoFolders(a: string, b: string): string;
  repositoryHasErrors(errors: number): string;
  wouldBreak(errors: number): string;
}

const list = (choices: Choice[], total: number, more: (n: number) => string) =>
  `${choices.map((c) => (c.label !== c.code ? `${c.code} (${c.label})` : c.code)).join(', ')}${total > choices.length ? more(total - choices.length) : ''}`;

const nb: Messages = {
  table: (id) => `tabell ${id}`,
  added: 'lagt til',
  changed: 'endret',
  unchanged: 'uendret',
  skipped: 'hoppet over',
  failed: 'kunne ikke importeres',
  retrieved: (date) => `source.retrieved settes til ${date}`,
  status: (s) => (s === 'preliminary' ? 'foreløpig' : 'endelig'),
  symbol: (s) => ({ '.': '«.»: lar seg ikke føre opp', '..': '«..»: tall mangler', '...': '«...»: tall mangler foreløpig', ':': '«:»: vises ikke av konfidensialitetshensyn', '-': '«-»: null' })[s] ?? `«${s}»`,
  missing: 'ingen verdi',
  notANumber: 'verdien er ikke et tall',
  match: (p) => {
    const more = (n: number) => ` og ${n} til`;
    switch (p.code) {
      case 'no-dimension':
        return p.role === 'metric' ? `tabellen har ingen statistikkvariabel (ContentsCode); den har ${p.dimensions.join(', ')}` : `tabellen har ingen tidsdimensjon (Tid); den har ${p.dimensions.join(', ')}`;
      case 'not-yearly':
        return p.period === 'quarterly' ? `tabellen har kvartalstall (${p.example}); plan import ssb tar bare årstall` : p.period === 'monthly' ? `tabellen har månedstall (${p.example}); plan import ssb tar bare årstall` : `tabellens tid er ikke år (${p.example}); plan import ssb tar bare årstall`;
      case 'unknown-contents':
        return `${p.dimension} har ingen kategori «${p.contents}»; velg en av: ${list(p.choices, p.total, more)}`;
      case 'no-region':
        return 'source.ssb.region mangler, og plan.yaml har ikke municipalityNumber';
      case 'unknown-region':
        return `${p.dimension} har ingen av regionene ${p.regions.join(', ')}; den har ${list(p.choices, p.total, more)}`;
      case 'unknown-filter':
        return `filters nevner ${p.dimension}, som tabellen ikke har; de andre dimensjonene er ${p.dimensions.join(', ') || '(ingen)'}`;
      case 'filter-on-role':
        return `filters kan ikke låse ${p.dimension}: den velges med contents, region eller årene`;
      case 'unknown-filter-value':
        return `${p.dimension} har ingen kategori «${p.value}»; velg en av: ${list(p.choices, p.total, more)}`;
      case 'missing-filter':
        return `dimensjonen ${p.dimension} må låses i source.ssb.filters; velg en av: ${list(p.choices, p.total, more)}`;
    }
  },
  edit: (p) =>
    p.what === 'alias'
      ? 'actuals eller source bruker et YAML-alias; skriv verdiene inn for hånd eller fjern aliaset'
      : p.what === 'encoding'
        ? 'filen er UTF-16; importen skriver bare UTF-8-filer'
        : p.what === 'shape'
        ? 'actuals eller source har en form importen ikke kan redigere på stedet'
        : 'filen kan ikke redigeres på stedet uten å endre noe annet; legg inn verdiene for hånd',
  read: (p) => {
    switch (p.code) {
      case 'not-json':
        return 'det er ikke JSON';
      case 'no-dataset':
        return 'det er ikke et JSON-stat-datasett (verken class: dataset eller en 1.x-pakke med dataset)';
      case 'collection':
        return 'det er en JSON-stat-samling; hent ett datasett';
      case 'error-answer':
        return `svaret er en feilmelding: ${p.text}`;
      case 'field':
        return `feltet ${p.field} mangler eller er feil${p.at ? ` i ${p.at}` : ''}`;
      case 'categories':
        return `dimensjonen ${p.dimension} har ${p.found} kategorier, men size sier ${p.expected}`;
      case 'values':
        return `value har ${p.found} verdier, men dimensjonene gir ${p.expected} celler`;
    }
  },
  fetch: (p) => {
    switch (p.code) {
      case 'offline':
        return `fikk ikke kontakt med ${p.url} (${p.reason}); sjekk nettforbindelsen eller --api`;
      case 'timeout':
        return `ingen svar fra ${p.url} på ${p.seconds} s; prøv igjen senere`;
      case 'http':
        return p.status === 404 ? `SSB fant ikke ${p.url} (404); finnes tabellen?` : p.status === 429 ? `SSB avviser flere spørringer nå (429, for mange fra denne adressen); prøv igjen om et minutt` : `SSB svarte ${p.status} ${p.text} på ${p.url}`;
      case 'not-jsonstat':
        return `svaret fra ${p.url} er ikke JSON-stat: ${nb.read(p.problem)}`;
    }
  },
  totals: (t) => {
    const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const head = `Totalt: ${s(t.indicators, 'indikator', 'indikatorer')} fra ${s(t.tables, 'tabell', 'tabeller')}: ${t.added} år lagt til, ${t.changed} endret, ${t.unchanged} uendret, ${t.skipped} hoppet over`;
    const failed = t.failed > 0 ? `; ${s(t.failed, 'indikator', 'indikatorer')} kunne ikke importeres` : '';
    const files = t.dryRun ? `Tørrkjøring: ingenting skrevet (${s(t.files, 'fil', 'filer')} ville blitt endret).` : t.files > 0 ? `${s(t.files, 'fil', 'filer')} skrevet.` : 'Ingen filer endret.';
    return `${head}${failed}. ${files}`;
  },
  unusedTable: (table) => `ingen indikator har source.ssb.table "${table}"`,
  nothingToImport: 'ingen indikator har source.ssb; ingenting å importere',
  noSuchFile: (path) => `${path} finnes ikke`,
  unreadable: (path, reason) => `kan ikke lese ${path}: ${reason}`,
  notJsonStat: (path, why) => `${path} er ikke JSON-stat: ${why}`,
  noTableId: (path) => `vet ikke hvilken SSB-tabell ${path} er fra; oppgi den med --table, f.eks. --table 12134`,
  tableForOneFile: '--table gjelder én fil; importer filene én om gangen',
  differentDimensions: (table) => `datasettene for tabell ${table} har ulike dimensjoner; importer dem hver for seg`,
  unknownIndicator: (id, s) => `ingen indikator med id "${id}"${s.length > 0 ? `; mente du ${s.map((x) => `"${x}"`).join(' eller ')}?` : ''}`,
  noSsb: (id) => `indikatoren "${id}" har ikke source.ssb`,
  notGiven: (id, table) => `${id} leser tabell ${table}, som ikke er med i denne importen`,
  badApi: (url) => `--api må være en http- eller https-adresse, ikke "${url}"`,
  badSource: (arg) => `"${arg}" er verken en fil, en mappe eller et tabellnummer på fem sifre`,
  twoFolders: (a, b) => `to mapper oppgitt (${a} og ${b}); oppgi repositoriet én gang`,
  repositoryHasErrors: (n) => `repositoriet har ${n} feil fra før; rett dem først (plan validate). Ingenting importert.`,
  wouldBreak: (n) => `importen ville gitt ${n} feil i repositoriet; ingenting skrevet:`,
};

const nn: Messages = {
  table: (id) => `tabell ${id}`,
  added: 'lagt til',
  changed: 'endra',
  unchanged: 'uendra',
  skipped: 'hoppa over',
  failed: 'kunne ikkje importerast',
  retrieved: (date) => `source.retrieved vert sett til ${date}`,
  status: (s) => (s === 'preliminary' ? 'førebels' : 'endeleg'),
  symbol: (s) => ({ '.': '«.»: let seg ikkje føre opp', '..': '«..»: tal manglar', '...': '«...»: tal manglar førebels', ':': '«:»: vert ikkje vist av omsyn til konfidensialitet', '-': '«-»: null' })[s] ?? `«${s}»`,
  missing: 'ingen verdi',
  notANumber: 'verdien er ikkje eit tal',
  match: (p) => {
    const more = (n: number) => ` og ${n} til`;
    switch (p.code) {
      case 'no-dimension':
        return p.role === 'metric' ? `tabellen har ingen statistikkvariabel (ContentsCode); han har ${p.dimensions.join(', ')}` : `tabellen har ingen tidsdimensjon (Tid); han har ${p.dimensions.join(', ')}`;
      case 'not-yearly':
        return p.period === 'quarterly' ? `tabellen har kvartalstal (${p.example}); plan import ssb tek berre årstal` : p.period === 'monthly' ? `tabellen har månadstal (${p.example}); plan import ssb tek berre årstal` : `tida i tabellen er ikkje år (${p.example}); plan import ssb tek berre årstal`;
      case 'unknown-contents':
        return `${p.dimension} har ingen kategori «${p.contents}»; vel ein av: ${list(p.choices, p.total, more)}`;
      case 'no-region':
        return 'source.ssb.region manglar, og plan.yaml har ikkje municipalityNumber';
      case 'unknown-region':
        return `${p.dimension} har ingen av regionane ${p.regions.join(', ')}; han har ${list(p.choices, p.total, more)}`;
      case 'unknown-filter':
        return `filters nemner ${p.dimension}, som tabellen ikkje har; dei andre dimensjonane er ${p.dimensions.join(', ') || '(ingen)'}`;
      case 'filter-on-role':
        return `filters kan ikkje låse ${p.dimension}: han vert vald med contents, region eller åra`;
      case 'unknown-filter-value':
        return `${p.dimension} har ingen kategori «${p.value}»; vel ein av: ${list(p.choices, p.total, more)}`;
      case 'missing-filter':
        return `dimensjonen ${p.dimension} må låsast i source.ssb.filters; vel ein av: ${list(p.choices, p.total, more)}`;
    }
  },
  edit: (p) =>
    p.what === 'alias'
      ? 'actuals eller source brukar eit YAML-alias; skriv verdiane inn for hand eller fjern aliaset'
      : p.what === 'encoding'
        ? 'fila er UTF-16; importen skriv berre UTF-8-filer'
        : p.what === 'shape'
        ? 'actuals eller source har ei form importen ikkje kan redigere på staden'
        : 'fila kan ikkje redigerast på staden utan å endre noko anna; legg inn verdiane for hand',
  read: (p) => {
    switch (p.code) {
      case 'not-json':
        return 'det er ikkje JSON';
      case 'no-dataset':
        return 'det er ikkje eit JSON-stat-datasett (verken class: dataset eller ein 1.x-pakke med dataset)';
      case 'collection':
        return 'det er ei JSON-stat-samling; hent eitt datasett';
      case 'error-answer':
        return `svaret er ei feilmelding: ${p.text}`;
      case 'field':
        return `feltet ${p.field} manglar eller er feil${p.at ? ` i ${p.at}` : ''}`;
      case 'categories':
        return `dimensjonen ${p.dimension} har ${p.found} kategoriar, men size seier ${p.expected}`;
      case 'values':
        return `value har ${p.found} verdiar, men dimensjonane gir ${p.expected} celler`;
    }
  },
  fetch: (p) => {
    switch (p.code) {
      case 'offline':
        return `fekk ikkje kontakt med ${p.url} (${p.reason}); sjekk nettsambandet eller --api`;
      case 'timeout':
        return `ikkje noko svar frå ${p.url} på ${p.seconds} s; prøv igjen seinare`;
      case 'http':
        return p.status === 404 ? `SSB fann ikkje ${p.url} (404); finst tabellen?` : p.status === 429 ? `SSB avviser fleire spørjingar no (429, for mange frå denne adressa); prøv igjen om eit minutt` : `SSB svara ${p.status} ${p.text} på ${p.url}`;
      case 'not-jsonstat':
        return `svaret frå ${p.url} er ikkje JSON-stat: ${nn.read(p.problem)}`;
    }
  },
  totals: (t) => {
    const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const head = `Totalt: ${s(t.indicators, 'indikator', 'indikatorar')} frå ${s(t.tables, 'tabell', 'tabellar')}: ${t.added} år lagt til, ${t.changed} endra, ${t.unchanged} uendra, ${t.skipped} hoppa over`;
    const failed = t.failed > 0 ? `; ${s(t.failed, 'indikator', 'indikatorar')} kunne ikkje importerast` : '';
    const files = t.dryRun ? `Tørrkøyring: ingenting skrive (${s(t.files, 'fil', 'filer')} ville vorte endra).` : t.files > 0 ? `${s(t.files, 'fil', 'filer')} skrivne.` : 'Ingen filer endra.';
    return `${head}${failed}. ${files}`;
  },
  unusedTable: (table) => `ingen indikator har source.ssb.table "${table}"`,
  nothingToImport: 'ingen indikator har source.ssb; ingenting å importere',
  noSuchFile: (path) => `${path} finst ikkje`,
  unreadable: (path, reason) => `kan ikkje lese ${path}: ${reason}`,
  notJsonStat: (path, why) => `${path} er ikkje JSON-stat: ${why}`,
  noTableId: (path) => `veit ikkje kva SSB-tabell ${path} er frå; oppgi han med --table, t.d. --table 12134`,
  tableForOneFile: '--table gjeld éi fil; importer filene éi om gongen',
  differentDimensions: (table) => `datasetta for tabell ${table} har ulike dimensjonar; importer dei kvar for seg`,
  unknownIndicator: (id, s) => `ingen indikator med id "${id}"${s.length > 0 ? `; meinte du ${s.map((x) => `"${x}"`).join(' eller ')}?` : ''}`,
  noSsb: (id) => `indikatoren "${id}" har ikkje source.ssb`,
  notGiven: (id, table) => `${id} les tabell ${table}, som ikkje er med i denne importen`,
  badApi: (url) => `--api må vere ei http- eller https-adresse, ikkje "${url}"`,
  badSource: (arg) => `"${arg}" er verken ei fil, ei mappe eller eit tabellnummer på fem siffer`,
  twoFolders: (a, b) => `to mapper oppgitt (${a} og ${b}); oppgi repositoriet éin gong`,
  repositoryHasErrors: (n) => `repositoriet har ${n} feil frå før; rett dei først (plan validate). Ingenting importert.`,
  wouldBreak: (n) => `importen ville gitt ${n} feil i repositoriet; ingenting skrive:`,
};

const en: Messages = {
  table: (id) => `table ${id}`,
  added: 'added',
  changed: 'changed',
  unchanged: 'unchanged',
  skipped: 'skipped',
  failed: 'could not be imported',
  retrieved: (date) => `source.retrieved set to ${date}`,
  status: (s) => s,
  symbol: (s) => ({ '.': '".": not applicable', '..': '"..": not available', '...': '"...": not yet available', ':': '":": confidential', '-': '"-": nil' })[s] ?? `"${s}"`,
  missing: 'no value',
  notANumber: 'the value is not a number',
  match: (p) => {
    const more = (n: number) => ` and ${n} more`;
    switch (p.code) {
      case 'no-dimension':
        return p.role === 'metric' ? `the table has no metric dimension (ContentsCode); it has ${p.dimensions.join(', ')}` : `the table has no time dimension (Tid); it has ${p.dimensions.join(', ')}`;
      case 'not-yearly':
        return p.period === 'quarterly' ? `the table is quarterly (${p.example}); plan import ssb takes yearly tables only` : p.period === 'monthly' ? `the table is monthly (${p.example}); plan import ssb takes yearly tables only` : `the table's time is not years (${p.example}); plan import ssb takes yearly tables only`;
      case 'unknown-contents':
        return `${p.dimension} has no category "${p.contents}"; choose one of: ${list(p.choices, p.total, more)}`;
      case 'no-region':
        return 'source.ssb.region is missing and plan.yaml has no municipalityNumber';
      case 'unknown-region':
        return `${p.dimension} has none of the regions ${p.regions.join(', ')}; it has ${list(p.choices, p.total, more)}`;
      case 'unknown-filter':
        return `filters names ${p.dimension}, which the table does not have; its other dimensions are ${p.dimensions.join(', ') || '(none)'}`;
      case 'filter-on-role':
        return `filters cannot fix ${p.dimension}: contents, region and the years choose it`;
      case 'unknown-filter-value':
        return `${p.dimension} has no category "${p.value}"; choose one of: ${list(p.choices, p.total, more)}`;
      case 'missing-filter':
        return `the dimension ${p.dimension} must be fixed in source.ssb.filters; choose one of: ${list(p.choices, p.total, more)}`;
    }
  },
  edit: (p) =>
    p.what === 'alias'
      ? 'actuals or source uses a YAML alias; write the values by hand or remove the alias'
      : p.what === 'encoding'
        ? 'the file is UTF-16; the import writes UTF-8 files only'
        : p.what === 'shape'
        ? 'actuals or source has a shape the import cannot edit in place'
        : 'the file cannot be edited in place without changing something else; enter the values by hand',
  read: (p) => {
    switch (p.code) {
      case 'not-json':
        return 'it is not JSON';
      case 'no-dataset':
        return 'it is not a JSON-stat dataset (neither class: dataset nor a 1.x bundle of datasets)';
      case 'collection':
        return 'it is a JSON-stat collection; fetch one dataset';
      case 'error-answer':
        return `the answer is an error: ${p.text}`;
      case 'field':
        return `the field ${p.field} is missing or wrong${p.at ? ` in ${p.at}` : ''}`;
      case 'categories':
        return `the dimension ${p.dimension} has ${p.found} categories, but size says ${p.expected}`;
      case 'values':
        return `value has ${p.found} values, but the dimensions give ${p.expected} cells`;
    }
  },
  fetch: (p) => {
    switch (p.code) {
      case 'offline':
        return `could not reach ${p.url} (${p.reason}); check the network connection or --api`;
      case 'timeout':
        return `no answer from ${p.url} within ${p.seconds} s; try again later`;
      case 'http':
        return p.status === 404 ? `SSB did not find ${p.url} (404); does the table exist?` : p.status === 429 ? 'SSB refuses more requests now (429, too many from this address); try again in a minute' : `SSB answered ${p.status} ${p.text} to ${p.url}`;
      case 'not-jsonstat':
        return `the answer from ${p.url} is not JSON-stat: ${en.read(p.problem)}`;
    }
  },
  totals: (t) => {
    const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const head = `Total: ${s(t.indicators, 'indicator', 'indicators')} from ${s(t.tables, 'table', 'tables')}: ${s(t.added, 'year', 'years')} added, ${t.changed} changed, ${t.unchanged} unchanged, ${t.skipped} skipped`;
    const failed = t.failed > 0 ? `; ${s(t.failed, 'indicator', 'indicators')} could not be imported` : '';
    const files = t.dryRun ? `Dry run: nothing written (${s(t.files, 'file', 'files')} would change).` : t.files > 0 ? `${s(t.files, 'file', 'files')} written.` : 'No files changed.';
    return `${head}${failed}. ${files}`;
  },
  unusedTable: (table) => `no indicator has source.ssb.table "${table}"`,
  nothingToImport: 'no indicator has source.ssb; nothing to import',
  noSuchFile: (path) => `${path} does not exist`,
  unreadable: (path, reason) => `cannot read ${path}: ${reason}`,
  notJsonStat: (path, why) => `${path} is not JSON-stat: ${why}`,
  noTableId: (path) => `cannot tell which SSB table ${path} is from; give it with --table, e.g. --table 12134`,
  tableForOneFile: '--table names the table of one file; import the files one at a time',
  differentDimensions: (table) => `the datasets for table ${table} have different dimensions; import them one at a time`,
  unknownIndicator: (id, s) => `no indicator with id "${id}"${s.length > 0 ? `; did you mean ${s.map((x) => `"${x}"`).join(' or ')}?` : ''}`,
  noSsb: (id) => `the indicator "${id}" has no source.ssb`,
  notGiven: (id, table) => `${id} reads table ${table}, which is not part of this import`,
  badApi: (url) => `--api must be an http or https address, not "${url}"`,
  badSource: (arg) => `"${arg}" is neither a file, a folder nor a five-digit table number`,
  twoFolders: (a, b) => `two folders given (${a} and ${b}); name the repository once`,
  repositoryHasErrors: (n) => `the repository has ${n} error${n === 1 ? '' : 's'} already; fix ${n === 1 ? 'it' : 'them'} first (plan validate). Nothing imported.`,
  wouldBreak: (n) => `the import would leave ${n} error${n === 1 ? '' : 's'} in the repository; nothing written:`,
};

/** The messages of a locale. */
export const MESSAGES: Record<Locale, Messages> = { nb, nn, en };
