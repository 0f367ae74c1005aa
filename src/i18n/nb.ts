import type { EditProblem } from '../import/ssb/edit-actuals.js';
import type { ReadProblem } from '../import/ssb/jsonstat.js';
import type { MatchProblem } from '../import/ssb/match.js';
import type { ActualStatus } from '../import/ssb/merge-actuals.js';
import type { FetchProblem } from '../import/ssb/pxweb.js';
import type { ImportTotals as Totals } from '../import/ssb/totals.js';
import { choiceList as list } from './lists.js';

/**
 * Every word planverk prints in bokmål. This object's type is the key space of
 * the catalogue (`Catalogue` in words.ts): nn.ts and en.ts are typed against it,
 * so a key missing there does not compile. Sections follow the part of planverk
 * that speaks; `indicatorStatus` is shared by every view of indicator status.
 */
export const nb = {
  /** The one status vocabulary: status, report, trace, the ink UI and README read the same words. */
  indicatorStatus: { reached: 'Nådd', 'on-track': 'I rute', 'at-risk': 'I faresonen', 'off-track': 'Ikke i rute', 'no-data': 'Ingen data', 'no-target': 'Uten mål' },
  /** How a measure is progressing, as a StatusReport says (plan status, tertialrapport). */
  measureProgress: { 'not-started': 'Ikke startet', 'on-track': 'I rute', 'at-risk': 'Risiko', delayed: 'Forsinket', done: 'Fullført', stopped: 'Stanset' } as Record<'not-started' | 'on-track' | 'at-risk' | 'delayed' | 'done' | 'stopped', string>,
  /** What commands say on stderr about the run (after `plan: `). */
  /** Picking a document, template or plan by id (load-model.ts pickId, report, trace, status). */
  choose: {
    what: { plan: 'plan', handlingsprogram: 'handlingsprogram', budgetPlan: 'plan med budsjett', assessment: 'vesentlighetsvurdering', report: 'statusrapport', template: 'mal' } as Record<string, string>,
    unknown: (what: string, id: string) => `finner ingen ${what} «${id}»`,
    didYouMean: (ids: readonly string[]) => `mente du ${ids.map((i) => `«${i}»`).join(' eller ')}?`,
    choices: (ids: string) => `velg en av: ${ids}`,
    none: (what: string) => `repositoriet har ingen ${what}`,
    many: (n: number, what: string, option: string, ids: string) => `repositoriet har ${n} å velge mellom (${what}); velg en med ${option}: ${ids}`,
    notOfType: (id: string, type: string, ids: string) => `«${id}» er ikke en ${type}; velg en av: ${ids}`,
    noneOfType: (type: string) => `repositoriet har ingen plan av typen ${type}`,
    fileMissing: (path: string) => `malfilen ${path} finnes ikke`,
    noGoals: (id: string, parent?: string) => `merk: planen «${id}» har ingen mål, så sporet er tomt${parent ? `; prøv --plan ${parent}` : ''}`,
    yearFar: (year: number, first: number, last: number) => `advarsel: --year ${year} ligger langt utenfor dataene (${first}–${last})`,
    fromWithoutTo: '--from krever --to (første og siste år i perioden); for ett år, bruk --year',
    toWithoutFrom: '--to krever --from (første og siste år i perioden); for ett år, bruk --year',
  },
  /** Handlebars syntax errors in plain words (template-lint.ts syntaxDiagnostic). */
  templateSyntax: {
    unclosed: 'en {{ blir ikke lukket med }} på denne linjen',
    incomplete: 'uttrykket er ufullstendig: noe mangler før }}',
    eof: 'malen slutter midt i en {{ … }} eller en åpen blokk',
    mismatch: (open: string, close: string) => `{{/${close}}} lukker blokken {{#${open}}}; lukk den med {{/${open}}}`,
    unexpected: (token: string) => `malen kan ikke leses her (uventet ${token})`,
  },
  run: {
    /** A rendering command on a repository with errors. */
    renderWithErrors: (n: number) => `advarsel: repositoriet har ${n} feil; ugyldige dokumenter er utelatt (kjør plan validate)`,
    statusWithErrors: (n: number) => `repositoriet har ${n} feil; målstatusen utelater ugyldige dokumenter (se plan validate)`,
  },
  /** The closing line of `plan validate` and the words around each diagnostic. */
  summary: {
    /** What `plan report` checked when a template fails: "maler". */
    templates: 'maler',
    errors: (n: number) => `${n} feil`,
    warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problemer'}`,
    documents: (n: number) => `${n} ${n === 1 ? 'dokument' : 'dokumenter'}`,
    files: (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
    /** "5 dokumenter i 3 filer". */
    checked: (documents: string, files: string) => `${documents} i ${files}`,
    clean: (checked: string) => `${checked}: ingen problemer`,
    found: (problems: string, counts: string, checked: string) => `${problems} (${counts}) i ${checked}`,
    error: 'feil',
    warning: 'advarsel',
    hint: 'tips:',
  },
  /** How numbers, amounts and dates read. */
  units: {
    currency: { NOK: 'kr' } as Record<string, string>,
    million: 'mill.',
    billion: 'mrd.',
    /** What budget figures are counted in: "beløp i 1000 kr". */
    amountsIn: (amount: string) => `beløp i ${amount}`,
    millionsOf: (symbol: string) => `mill. ${symbol}`,
    unitsOf: (unit: string, symbol: string) => `${unit} ${symbol}`,
  },
  dates: {
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    monthsShort: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
    /** A day in a month: "22. feb.". */
    day: (day: number, month: string) => `${day}. ${month}`,
    /** The first day of a span within one month: "19.–20. jan." starts with "19.". */
    dayNumber: (day: number) => `${day}.`,
  },
  /**
   * Hints for the mistakes people writing plan YAML by hand make most (issue 18). The
   * check stage speaks English today and reads the `en` words; the others are ready for
   * when it takes the run's locale.
   */
  hints: {
    decimalComma: (fixed: string) => `bruk desimalpunktum: ${fixed}`,
    quoteColon: (key: string, value: string) => `en verdi med «: » i seg må stå i anførselstegn: ${key}: "${value}"`,
    unclosedQuote: (quote: string, line: number) => `anførselstegnet ${quote} på linje ${line} lukkes aldri; avslutt verdien med ${quote} på samme linje`,
    impossibleDate: (month: string, year: number, days: number) => `${month} ${year} har ${days} dager`,
    /** A row of a list named by its year: "(raden for 2028)". */
    rowYear: (year: string) => `(raden for ${year})`,
  },
  /** `plan fix`: what it repaired. */
  fix: {
    quoted: (before: string, after: string) => `satte SDG-id i anførselstegn: ${before} → ${after}`,
    sorted: (before: string, after: string) => `sorterte årene: ${before} → ${after}`,
    fixed: (n: number) => `${n} ${n === 1 ? 'rettelse' : 'rettelser'} gjort`,
    wouldFix: (n: number) => `${n} ${n === 1 ? 'rettelse' : 'rettelser'} ville blitt gjort (--dry-run: ingenting skrevet)`,
    nothing: 'ingenting å rette',
  },
  /** The names of the acts planverk cites, as the written standard names them. */
  laws: {
    and: 'og',
    to: 'til',
    municipalAct: 'Kommuneloven',
    planningAct: 'Plan- og bygningsloven',
    electionAct: 'Valgloven',
    kostraRegulation: 'KOSTRA-forskriften',
  },
  scorecard: {
    /** Leads the status counts, which count indicators (not goals): "20 indikatorer:". */
    indicatorCount: (n: number) => `${n} ${n === 1 ? 'indikator' : 'indikatorer'}`,
    benefit: { planned: 'Planlagt', realising: 'Under realisering', realised: 'Realisert', overdue: 'Forsinket', abandoned: 'Forkastet' },
    trend: { improving: 'bedring', worsening: 'forverring', steady: 'stabil' },
    title: 'Målstatus {year}',
    benefitsAsOf: 'gevinster per {date}',
    asOf: 'per {date}',
    benefitTarget: 'Gevinstmål',
    goal: 'Mål',
    indicator: 'Indikator',
    statusColumn: 'Status',
    latest: 'Siste',
    needed: 'Trengs {year}',
    nextTarget: 'Neste mål',
    trendColumn: 'Trend',
    series: 'Utvikling',
    unit: 'Enhet',
    benefits: 'Gevinster',
    benefitColumn: 'Gevinst',
    state: 'Tilstand',
    deadline: 'Frist',
    indicatorStatus: 'Indikatorstatus',
    noFocusArea: 'Uten målområde',
    /** The group of indicators no goal uses. */
    unusedIndicators: 'Indikatorer som ingen mål bruker',
    /** Heads a plan without goals of its own: whose goals it shows. */
    goalsOf: 'mål fra {plan}',
    baseline: 'Utgangsverdi',
    thresholds: 'Målekart: ønsket {desired}, laveste akseptable {lowest}',
    targets: 'Målverdier',
    actuals: 'Resultater',
    noPlans: 'Ingen planer med mål.',
    noGoals: 'Ingen mål.',
    noBenefits: 'Ingen gevinster.',
    measures: 'Tiltak',
    measureColumn: 'Tiltak',
    progressColumn: 'Fremdrift',
    commentColumn: 'Kommentar',
    progressFrom: 'Fremdrift fra {report} per {date}',
    noReport: 'Ingen statusrapport per {date}.',
    notReported: 'Ikke rapportert',
    keys: '↑↓ velg · enter åpne · ← tilbake · q avslutt',
  },
  /** The pages of `plan site` (src/site/pages.ts) that the report words do not cover. */
  site: {
    /** This language's name in itself, for the language switch of the other languages' pages. */
    nameOfLanguage: 'Bokmål',
    chooseLanguage: 'Velg språk',
    languages: 'Språk',
    sections: 'Sider',
    front: 'Forside',
    rollup: 'Status for indikatorene',
    rollupCaption: (year: number) => `Antall indikatorer per status i ${year}, per målområde`,
    allFocusAreas: 'Alle målområder',
    noFocusArea: 'Uten målområde',
    okonomiplan: 'Økonomiplan',
    arshjul: 'Årshjul',
    matrixTable: 'Vurderte bærekraftsdelmål',
    matrixText: (count: number, prioritised: number) => `Matrisen viser ${count} vurderte bærekraftsdelmål, ${prioritised} av dem prioritert. Tabellen under gir de samme verdiene.`,
    yes: 'Ja',
    no: 'Nei',
    reports: 'Siste rapporter',
    noReports: 'Ingen rapporter ennå.',
  },
  /** The økonomiplan section of `plan diff` (src/formatters/diff/okonomiplan.ts). */
  diffOkonomiplan: {
    heading: (title: string) => `Økonomiplan: ${title}`,
    status: { added: 'ny', removed: 'fjernet', changed: 'endret' } as Record<'added' | 'removed' | 'changed', string>,
    frames: 'Netto rammer per enhet',
    lines: 'Endrede linjer',
    balance: 'Balanse',
    table: { operating: 'drift', investment: 'investering' } as Record<'operating' | 'investment', string>,
    unbalanced: (year: number, table: string) => `${year}: ${table} er ikke lenger i balanse`,
    balanced: (year: number, table: string) => `${year}: ${table} er i balanse igjen`,
    unit: 'Enhet',
    line: 'Linje',
    year: 'År',
    before: 'Før',
    after: 'Etter',
  },
  diff: {
    title: 'Endringer i planverket',
    base: 'Fra',
    head: 'Til',
    workingTree: 'arbeidskatalogen',
    noChanges: 'Ingen endringer i planverket',
    noPlan: 'ingen plan.yaml',
    valid: 'gyldig',
    errors: (n: number) => `${n} feil`,
    warnings: (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
    runValidate: 'kjør plan validate',
    files: 'filer',
    documents: 'dokumenter',
    counts: (f: number, d: number) => `${f} ${f === 1 ? 'fil' : 'filer'}, ${d} ${d === 1 ? 'dokument' : 'dokumenter'}`,
    added: 'lagt til',
    removed: 'fjernet',
    changed: 'endret',
    moved: 'flyttet',
    movedFrom: 'flyttet fra',
    summary: 'Sammendrag',
    budget: 'Budsjettendringer',
        measure: 'Tiltak',
    year: 'År',
    operating: 'Drift',
    investment: 'Investering',
    total: 'Sum',
    before: 'Før',
    after: 'Etter',
    change: 'Endring',
    path: 'Sti',
    goalsAdded: 'Nye mål',
    goalsRemoved: 'Fjernede mål',
    measuresAdded: 'Nye tiltak',
    measuresRemoved: 'Fjernede tiltak',
    sdgTargets: 'Bærekraftsdelmål per mål',
    goal: 'Mål',
    gained: 'Nye',
    lost: 'Borte',
    indicatorTargets: 'Måltall for indikatorer',
    indicator: 'Indikator',
    priorityCoverage: 'Prioriterte bærekraftsdelmål: dekning',
    target: 'Bærekraftsdelmål',
    prioritised: 'Prioritert',
    yes: 'ja',
    no: 'nei',
    notCovered: 'ikke dekket',
    statuses: 'Statusendringer',
    document: 'Dokument',
    details: 'Detaljer',
    truncated: (n: number) => `Forkortet for å få plass: ${n} ${n === 1 ? 'del' : 'deler'} til er ikke vist. Kjør \`plan diff --format json\` for alt.`,
    fileHasErrors: (side: string) => `filen har feil i ${side}: dokumentet kan være uleselig der`,
    kinds: {
      Workspace: 'Arbeidsområde',
      MaterialityAssessment: 'Vesentlighetsvurdering',
      Plan: 'Plan',
      Goal: 'Mål',
      Indicator: 'Indikator',
      Measure: 'Tiltak',
      Benefit: 'Gevinst',
      Calendar: 'Årshjul',
      Budget: 'Budsjett',
      StatusReport: 'Statusrapport',
    } as Record<string, string>,
  },
  arshjul: {
    /** A report deadline and the StatusReports that fulfil it: "Levert: 1. tertialrapport 2027 (rapporter/tertial-1-2027.yaml)". */
    fulfilledBy: 'Levert: {reports}',
    categories: { political: 'Politisk', budget: 'Budsjett', reporting: 'Rapportering', planning: 'Planlegging', deadline: 'Frist', people: 'Medarbeidere', other: 'Annet' },
    certainty: {
      law: 'Datoen står i lov eller forskrift.',
      derived: 'Seneste dato regnet ut fra en lovregel; flytt den etter egen vedtaksdato.',
      practice: 'Fast praksis, ikke lovfestet; datoen kan variere.',
      approximate: 'Omtrentlig tidspunkt; den nøyaktige datoen fastsettes hvert år.',
    },
    today: 'I dag',
    wheel: 'Årshjul',
    legend: 'Tegnforklaring',
    ringsOutwards: 'ringene nummerert fra midten og ut',
    month: 'Måned',
    date: 'Dato',
    event: 'Hendelse',
    events: 'hendelser',
    category: 'Kategori',
    body: 'Organ',
    legalBasis: 'Hjemmel',
    noEvents: 'Ingen hendelser',
    councilYear: (n: number) => `valgperiodens år ${n}`,
    allCalendars: 'Alle årshjul',
    wholeMonth: 'hele måneden',
    /** An ICS event dated only to a month: "i løpet av mars". */
    duringMonth: (month: string) => `i løpet av ${month}`,
  },
  wheel: {
    seriesHeading: 'Faste møter og andre serier (én bane hver, innerst)',
    eventsHeading: 'Hendelser, nummerert i kalenderrekkefølge',
    categoriesHeading: 'Kategorier (ringene innenfra og ut)',
    formsHeading: 'Former',
    formDay: 'én dag',
    formSpan: 'flere dager',
    formMonth: 'en gang i løpet av måneden',
    formSeries: 'serie: samme tittel og organ flere ganger',
    times: (n: number) => `${n} ganger`,
  },
  init: {
    /** The questions of an interactive `plan init`, asked in the language chosen so far. */
    prompts: {
      locale: 'Språk for rapportene (nb, nn, en)',
      name: 'Kommunenavn',
      number: 'Kommunenummer (4 sifre, valgfritt)',
      firstElectionYear: 'Første valgår for valgperiodene',
      badNumber: 'et kommunenummer har 4 sifre, f.eks. 3203',
      badLocale: (choices: string) => `en av ${choices}`,
      badElectionYear: 'et kommunevalgår: 2019, 2023, 2027, …',
    },
    defaultName: 'Eksempel kommune',
    units: { health: 'Helse og omsorg', education: 'Oppvekst' },
    materialityTitle: 'Vesentlighetsvurdering av bærekraftsmålene',
    planTitle: (a: number, b: number) => `Kommuneplanens samfunnsdel ${a}–${b}`,
    handlingsprogramTitle: (a: number, b: number) => `Handlingsprogram ${a}–${b}`,
    budgetTitle: (a: number, b: number) => `Økonomiplan ${a}–${b}`,
    demographyChange: 'Flere eldre',
    vision: 'Sammen skaper vi et godt sted å leve',
    focusArea: 'God helse gjennom hele livet',
    goalTitle: 'Innbyggerne har god helse gjennom hele livet',
    strategy: 'Vi legger til rette for fysisk aktivitet i alle lokalsamfunn',
    indicatorTitle: 'Andel ungdom som er fysisk aktive minst 60 minutter daglig',
    measureTitle: 'Aktivitetsløft for ungdom',
    benefitTitle: 'Flere fysisk aktive ungdommer',
    benefitChange: 'Flere ungdommer deltar i lavterskel fritidsaktiviteter',
    calendarTitle: 'Årshjul for plan og styring',
    events: { budget: 'Kommunestyret vedtar budsjett og handlingsprogram', report: 'Årsberetningen avlegges', strategy: 'Kommunal planstrategi vedtas' },
    responsibility: 'Kommunen har ansvar for folkehelsearbeid og helse- og omsorgstjenester.',
    comment: '# Laget av `plan init`. Endre innholdet til din egen kommune.',
  },
  report: {
    'site.data': 'Last ned indikatordata',
    'site.search': 'Søk i målene',
    'site.year': 'År',
    'site.value': 'Verdi',
    'pdf.page': 'Side',
    'report.generated': 'Generert',
    'report.draft': 'Utkast',
    'plan.period': 'Planperiode',
    'plan.status': 'Status',
    'plan.adopted': 'Vedtatt',
    'plan.caseNumber': 'Saksnummer',
    'plan.parent': 'Overordnet plan',
    'plan.municipality': 'Kommune',
    'plan.municipalityNumber': 'Kommunenummer',
    'section.contents': 'Innhold',
    'section.chain': 'Fra visjon til mål',
    'section.vision': 'Visjon',
    'section.focusAreas': 'Målområder',
    'section.focusArea': 'Målområde',
    'section.goals': 'Mål',
    'section.indicators': 'Indikatorer',
    'section.measures': 'Tiltak',
    'section.budget': 'Budsjett',
    'section.measuresEffect': 'Tiltakenes netto budsjettvirkning',
    'section.budgetSummary': 'Budsjettoversikt for planperioden',
    'section.openQuestions': 'Åpne spørsmål',
    'section.materiality': 'Vesentlighetsvurdering',
    'section.otherGoals': 'Mål uten målområde',
    'open.withoutBudget': 'Tiltak uten budsjett',
    'open.withoutGoals': 'Tiltak som ikke er knyttet til mål i planen',
    'open.none': 'Ingen åpne spørsmål.',
    'goal.sdgTargets': 'Bærekraftsmål',
    'goal.strategies': 'Strategier',
    'goal.noIndicators': 'Målet har ingen indikatorer.',
    'goal.noMeasures': 'Ingen tiltak i planen arbeider mot dette målet.',
    'goal.prioritised': 'prioritert',
    'col.indicator': 'Indikator',
    'col.baseline': 'Utgangsverdi',
    'col.targets': 'Mål',
    'col.latest': 'Siste måling',
    'col.status': 'Status',
    'col.trend': 'Utvikling',
    'col.measure': 'Tiltak',
    'col.responsible': 'Ansvarlig',
    'col.period': 'Periode',
    'col.type': 'Type',
    'col.goals': 'Mål',
    'col.focusArea': 'Målområde',
    'col.budgetKind': 'Budsjett',
    'col.target': 'Bærekraftsdelmål',
    'col.title': 'Tittel',
    'col.significance': 'Betydning',
    'col.influence': 'Påvirkning',
    'col.sum': 'Sum',
    'col.prioritised': 'Prioritert',
    'budget.operating': 'Drift',
    'budget.investment': 'Investering',
    'budget.total': 'Sum',
    'budget.sumOperating': 'Sum drift',
    'budget.sumInvestment': 'Sum investering',
    'budget.sumTotal': 'Sum totalt',
    'budget.note': 'Negative tall er innsparinger. Tiltak som tjener flere målområder, budsjetteres under målområdet til sitt første mål.',
    'budget.none': 'Ingen tiltak med budsjett i dette målområdet.',
    'budget.countedUnder': 'budsjettert under',
    'budget.withoutFocusArea': 'Tiltak uten målområde',
    yes: 'ja',
    no: 'nei',
    none: '–',
    'matrix.significance': 'Kommunal betydning',
    'matrix.influence': 'Kommunens påvirkningsmulighet',
    'matrix.threshold': 'Terskel',
    'matrix.prioritised': 'Prioritert',
    'matrix.notPrioritised': 'Ikke prioritert',
    'matrix.title': 'Vesentlighetsmatrise',
    'trace.title': 'Den gylne tråden',
    'trace.gaps': 'Hull i tråden',
    'trace.noGaps': 'Ingen hull: alle prioriterte bærekraftsdelmål har mål, alle mål har indikatorer og tiltak, og alle utviklingstiltak har gevinster.',
    'trace.targetWithoutGoal': 'Prioritert bærekraftsdelmål uten mål',
    'trace.goalWithoutIndicator': 'Mål uten indikator',
    'trace.goalWithoutMeasure': 'Mål uten tiltak',
    'trace.changeWithoutBenefit': 'Utviklingstiltak uten gevinst',
    'trace.benefits': 'Gevinster',
    'measureStatus.planned': 'Planlagt',
    'measureStatus.ongoing': 'Pågår',
    'measureStatus.done': 'Fullført',
    'measureStatus.cancelled': 'Avbrutt',
    'measureType.run': 'Drift',
    'measureType.change': 'Utvikling',
    'planStatus.draft': 'Utkast',
    'planStatus.consultation': 'På høring',
    'planStatus.adopted': 'Vedtatt',
    'planStatus.archived': 'Arkivert',
    'planType.planstrategi': 'Planstrategi',
    'planType.kommuneplan-samfunnsdel': 'Kommuneplanens samfunnsdel',
    'planType.kommuneplan-arealdel': 'Kommuneplanens arealdel',
    'planType.temaplan': 'Temaplan',
    'planType.strategiplan': 'Strategiplan',
    'planType.handlingsprogram': 'Handlingsprogram',
    'level.society': 'Samfunnsmål',
    'level.service': 'Tjenestemål',
    'level.organisation': 'Organisasjonsmål',
    'unit.percent': '%',
    'unit.count': 'antall',
    'unit.nok': 'kr',
    'unit.per-1000': 'per 1000',
  },
  matrixTrace: {
    cropped: (significance: string, influence: string, scale: string) => `Aksene viser bare verdiene som er brukt: betydning ${significance}, påvirkning ${influence} (skala ${scale}).`,
    raised: 'Prioritert under terskelen (overstyrt)',
    lowered: 'Ikke prioritert over terskelen (overstyrt)',
    count: 'Antall delmål i cellen (se listen)',
    targets: 'Delmålene',
    byCell: 'Delmålene i hver celle',
    cell: (significance: string, influence: string, count: number) => `Betydning ${significance} · påvirkning ${influence}: ${count} delmål`,
    overrideRaised: 'ja (overstyrt: under terskelen)',
    overrideLowered: 'nei (overstyrt: over terskelen)',
    overrideNote: '↑ prioritert under terskelen, ↓ ikke prioritert over terskelen: vurderingen har overstyrt terskelen (`priority`).',
    allTargets: (count: number) => `Alle vurderte delmål (${count})`,
    traceLegend: 'Forklaring til grafene',
    traceShapes: 'Sekskant: bærekraftsdelmål · rektangel: mål · parallellogram: indikator · avrundet: tiltak · stadion: gevinst. Tykk grønn kant: prioritert delmål. Rød: hull i tråden. Pilene går fra delmål til mål, fra mål til indikatorer og tiltak, og fra tiltak til gevinster.',
    traceGraphs: 'Tråden per målområde',
    withoutFocusArea: 'Mål uten målområde',
    part: (title: string, part: number, parts: number) => `${title} (${part} av ${parts})`,
    keyOf: { goal: 'M', indicator: 'I', measure: 'T', benefit: 'G' },
    kindOf: { target: 'Bærekraftsdelmål', goal: 'Mål', indicator: 'Indikator', measure: 'Tiltak', benefit: 'Gevinst' },
    colKey: 'Nøkkel',
    colKind: 'Type',
    needed: (year: number) => `Nødvendig ${year}`,
    targetValue: (year: number) => `Mål ${year}`,
  },
  budget: {
    subtitle: (plan: string, amounts: string) => `${plan} · ${amounts}`,
    tables: {
      operating: 'Bevilgningsoversikt drift, del 1 (budsjett- og regnskapsforskriften § 5-4 første ledd)',
      frames: 'Bevilgningsoversikt drift, del 2: netto rammer per enhet (§ 5-4 annet ledd)',
      framesDetail: 'Rammene i detalj: basis, endringer og tiltak',
      investment: 'Bevilgningsoversikt investering, del 1 (§ 5-5 første ledd)',
      investmentMeasures: 'Bevilgningsoversikt investering, del 2: investeringer per tiltak (§ 5-5 annet ledd)',
      targets: 'Finansielle måltall',
    },
    columns: { number: 'Nr.', line: 'Linje', unit: 'Enhet', measure: 'Tiltak', target: 'Måltall', bound: 'Mål', total: 'Sum' },
    dispositionsHeading: 'Disponering eller dekning av netto driftsresultat',
    operating: {
      generalGrant: 'Rammetilskudd',
      incomeTax: 'Inntekts- og formuesskatt',
      propertyTax: 'Eiendomsskatt',
      otherGeneralIncome: 'Andre generelle driftsinntekter',
      generalIncome: 'Sum generelle driftsinntekter',
      netAppropriations: 'Korrigert sum bevilgninger drift, netto',
      depreciation: 'Avskrivninger',
      netOperatingExpenses: 'Sum netto driftsutgifter',
      grossOperatingResult: 'Brutto driftsresultat',
      interestIncome: 'Renteinntekter',
      dividends: 'Utbytter',
      financialGains: 'Gevinster og tap på finansielle omløpsmidler',
      interestExpenses: 'Renteutgifter',
      loanRepayments: 'Avdrag på lån',
      netFinance: 'Netto finansutgifter',
      depreciationOffset: 'Motpost avskrivninger',
      netOperatingResult: 'Netto driftsresultat',
      transferToInvestment: 'Overføring til investering',
      toRestrictedFunds: 'Avsetninger til bundne driftsfond',
      fromRestrictedFunds: 'Bruk av bundne driftsfond',
      toUnrestrictedFunds: 'Avsetninger til disposisjonsfond',
      fromUnrestrictedFunds: 'Bruk av disposisjonsfond',
      coverPriorDeficit: 'Dekning av tidligere års merforbruk',
      dispositions: 'Sum disponeringer eller dekning av netto driftsresultat',
      carriedForward: 'Fremført til inndekning i senere år (merforbruk)',
    },
    investment: {
      fixedAssetInvestments: 'Investeringer i varige driftsmidler',
      measureInvestments: 'herav tiltak i handlingsprogrammet',
      otherInvestments: 'herav andre investeringer',
      grantsToOthers: 'Tilskudd til andres investeringer',
      shares: 'Investeringer i aksjer og andeler i selskaper',
      lending: 'Utlån av egne midler',
      investmentExpenditure: 'Sum investeringsutgifter',
      vatCompensation: 'Kompensasjon for merverdiavgift',
      grants: 'Tilskudd fra andre',
      assetSales: 'Salg av varige driftsmidler',
      borrowing: 'Bruk av lån',
      investmentIncome: 'Sum investeringsinntekter',
      transferFromOperating: 'Overføring fra drift',
      toInvestmentFunds: 'Avsetninger til investeringsfond',
      fromInvestmentFunds: 'Bruk av investeringsfond',
      netTransfers: 'Sum overføring fra drift og netto avsetninger',
      investmentUncovered: 'Fremført til inndekning i senere år (udekket beløp)',
    },
    keyFigures: { totalOperatingIncome: 'Brutto driftsinntekter', unrestrictedFundBalance: 'Disposisjonsfond ved årets slutt', netDebt: 'Netto lånegjeld ved årets slutt' },
    targets: {
      netOperatingResult: 'Netto driftsresultat i % av brutto driftsinntekter',
      unrestrictedFund: 'Disposisjonsfond i % av brutto driftsinntekter',
      netDebt: 'Netto lånegjeld i % av brutto driftsinntekter',
    },
    min: (p: string) => `minst ${p}`,
    max: (p: string) => `høyst ${p}`,
    met: 'nådd',
    missed: 'ikke nådd',
    notMeasurable: 'kan ikke måles',
    noTargets: 'Økonomiplanen har ingen finansielle måltall.',
    noMeasureInvestments: 'Ingen tiltak i handlingsprogrammet har investeringer i planperioden.',
    framesTotal: 'Sum bevilgninger drift, netto',
    investmentMeasuresTotal: 'Sum investeringer i varige driftsmidler',
    otherInvestments: 'Andre investeringer i varige driftsmidler',
    base: (year: number | null) => (year === null ? 'Basisramme' : `Ramme ${year}`),
    changeTypes: { technical: 'teknisk justering', demography: 'demografi', price: 'lønns- og prisvekst', political: 'politisk vedtak', saving: 'innsparing', other: 'annet' } as Record<string, string>,
    measure: (title: string) => `Tiltak: ${title}`,
    unitTotal: (unit: string) => `Netto ramme ${unit}`,
    balanced: 'Økonomiplanen er i balanse i alle år, både drift og investering.',
    unbalanced: (years: string) => `Økonomiplanen er ikke i balanse i ${years} (se plan validate).`,
  },
  /** The tertialrapport, årsberetning and gevinstplan (src/model/status-report/). */
  annualReport: {
    sections: { finances: 'Økonomisk resultat og handleevne', deviations: 'Vesentlige budsjettavvik', goals: 'Måloppnåelse og andre ikke-økonomiske forhold', ethics: 'Tiltak for høy etisk standard', equality: 'Den faktiske tilstanden for likestilling', activityDuty: 'Aktivitetsplikten' },
    tertialReport: 'Tertialrapport',
    annualReport: 'Årsberetning',
    asOf: 'Per',
    summary: 'Sammendrag',
    budgetDeviations: 'Budsjettavvik per tjenesteområde',
    unit: 'Tjenesteområde',
    frame: 'Ramme',
    forecast: 'Prognose',
    deviation: 'Avvik',
    percent: 'Avvik %',
    comment: 'Kommentar',
    total: 'Sum',
    deviationNote: 'Avvik = prognose − ramme; positivt avvik er merforbruk. Sortert etter størrelse.',
    noBudget: 'Planen har ingen økonomiplan (Budget) for dette året.',
    measureProgress: 'Fremdrift i tiltakene',
    measure: 'Tiltak',
    progressColumn: 'Fremdrift',
    spent: 'Forbruk',
    budget: 'Budsjett',
    operating: 'drift',
    investment: 'investering',
    noFocusArea: 'Uten målområde',
    indicatorStatus: 'Indikatorstatus',
    indicator: 'Indikator',
    goal: 'Mål',
    latest: 'Siste',
    status: 'Status',
    benefits: 'Gevinster',
    benefit: 'Gevinst',
    owner: 'Gevinsteier',
    changes: 'Endringer siden forrige rapport',
    noChanges: 'Ingen endringer.',
    firstReport: 'Første rapport i året.',
    changedProgress: 'Fremdrift',
    changedForecast: 'Prognose',
    changedBenefit: 'Gevinst',
    added: 'ny',
    statutory: 'Kommuneloven § 14-7',
    missingSection: 'Mangler (kommuneloven § 14-7)',
    economicResult: 'Økonomisk resultat',
    goalAttainment: 'Måloppnåelse per målområde',
    measuresOutcome: 'Tiltakene',
    benefitsRealised: 'Realiserte gevinster',
    none: '–',
    page: 'Side',
    benefitPlan: 'Gevinstrealiseringsplan',
    benefitMap: 'Gevinstkart',
    baseline: 'Utgangsverdi',
    target: 'Mål',
    realizedBy: 'Realiseres innen',
    history: 'Status i rapportene',
    change: 'Endring',
    actual: 'Regnskap',
    financialTargets: 'Finansielle måltall (handlingsregler)',
    resultNote: (deviation: string) => `Regnskap = budsjett − tjenesteområdenes samlede avvik (${deviation}); de generelle inntektene og finansene som budsjettert. Avviket går til fradrag i disposisjonsfondet; netto lånegjeld som budsjettert.`,
    noResult: (year: number, deviation: string | null) => `Økonomiplanen har ingen bevilgningsoversikt drift for ${year}, så netto driftsresultat kan ikke regnes ut av den${deviation === null ? '' : `; tjenesteområdenes samlede avvik er ${deviation}`}.`,
    attainmentNote: (year: number) => `Indikatorenes status i ${year}, som plan status viser den.`,
    noIndicators: 'Ingen indikatorer.',
    noneRealised: 'Ingen gevinster er rapportert realisert.',
    actualNote: 'Avvik = regnskap − ramme; positivt avvik er merforbruk. Sortert etter størrelse.',
    points: (p: string) => `${p} prosentpoeng`,
  },
  ssb: {
    table: (id: string) => `tabell ${id}`,
    added: 'lagt til',
    changed: 'endret',
    unchanged: 'uendret',
    skipped: 'hoppet over',
    failed: 'kunne ikke importeres',
    retrieved: (date: string) => `source.retrieved settes til ${date}`,
    status: (s: ActualStatus): string => (s === 'preliminary' ? 'foreløpig' : 'endelig'),
    symbol: (s: string) =>
      ({ '.': '«.»: lar seg ikke føre opp', '..': '«..»: tall mangler', '...': '«...»: tall mangler foreløpig', ':': '«:»: vises ikke av konfidensialitetshensyn', '-': '«-»: null' })[s] ?? `«${s}»`,
    missing: 'ingen verdi',
    notANumber: 'verdien er ikke et tall',
    match: (p: MatchProblem): string => {
      const more = (n: number) => ` og ${n} til`;
      switch (p.code) {
        case 'no-dimension':
          return p.role === 'metric'
            ? `tabellen har ingen statistikkvariabel (ContentsCode); den har ${p.dimensions.join(', ')}`
            : `tabellen har ingen tidsdimensjon (Tid); den har ${p.dimensions.join(', ')}`;
        case 'not-yearly':
          return p.period === 'quarterly'
            ? `tabellen har kvartalstall (${p.example}); plan import ssb tar bare årstall`
            : p.period === 'monthly'
              ? `tabellen har månedstall (${p.example}); plan import ssb tar bare årstall`
              : `tabellens tid er ikke år (${p.example}); plan import ssb tar bare årstall`;
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
    edit: (p: EditProblem): string =>
      p.what === 'alias'
        ? 'actuals eller source bruker et YAML-alias; skriv verdiene inn for hånd eller fjern aliaset'
        : p.what === 'encoding'
          ? 'filen er UTF-16; importen skriver bare UTF-8-filer'
          : p.what === 'shape'
            ? 'actuals eller source har en form importen ikke kan redigere på stedet'
            : 'filen kan ikke redigeres på stedet uten å endre noe annet; legg inn verdiene for hånd',
    read: ssbRead,
    fetch: (p: FetchProblem): string => {
      switch (p.code) {
        case 'offline':
          return `fikk ikke kontakt med ${p.url} (${p.reason}); sjekk nettforbindelsen eller --api`;
        case 'timeout':
          return `ingen svar fra ${p.url} på ${p.seconds} s; prøv igjen senere`;
        case 'http':
          return p.status === 404
            ? `SSB fant ikke ${p.url} (404); finnes tabellen?`
            : p.status === 429
              ? `SSB avviser flere spørringer nå (429, for mange fra denne adressen); prøv igjen om et minutt`
              : `SSB svarte ${p.status} ${p.text} på ${p.url}`;
        case 'not-jsonstat':
          return `svaret fra ${p.url} er ikke JSON-stat: ${ssbRead(p.problem)}`;
      }
    },
    totals: (t: Totals) => {
      const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      const head = `Totalt: ${s(t.indicators, 'indikator', 'indikatorer')} fra ${s(t.tables, 'tabell', 'tabeller')}: ${t.added} år lagt til, ${t.changed} endret, ${t.unchanged} uendret, ${t.skipped} hoppet over`;
      const failed = t.failed > 0 ? `; ${s(t.failed, 'indikator', 'indikatorer')} kunne ikke importeres` : '';
      const files = t.dryRun ? `Tørrkjøring: ingenting skrevet (${s(t.files, 'fil', 'filer')} ville blitt endret).` : t.files > 0 ? `${s(t.files, 'fil', 'filer')} skrevet.` : 'Ingen filer endret.';
      return `${head}${failed}. ${files}`;
    },
    unusedTable: (table: string) => `ingen indikator har source.ssb.table "${table}"`,
    nothingToImport: 'ingen indikator har source.ssb; ingenting å importere',
    noSuchFile: (path: string) => `${path} finnes ikke`,
    unreadable: (path: string, reason: string) => `kan ikke lese ${path}: ${reason}`,
    notJsonStat: (path: string, why: string) => `${path} er ikke JSON-stat: ${why}`,
    noTableId: (path: string) => `vet ikke hvilken SSB-tabell ${path} er fra; oppgi den med --table, f.eks. --table 12134`,
    tableForOneFile: '--table gjelder én fil; importer filene én om gangen',
    differentDimensions: (table: string) => `datasettene for tabell ${table} har ulike dimensjoner; importer dem hver for seg`,
    unknownIndicator: (id: string, s: string[]) => `ingen indikator med id "${id}"${s.length > 0 ? `; mente du ${s.map((x) => `"${x}"`).join(' eller ')}?` : ''}`,
    noSsb: (id: string) => `indikatoren "${id}" har ikke source.ssb`,
    notGiven: (id: string, table: string) => `${id} leser tabell ${table}, som ikke er med i denne importen`,
    badApi: (url: string) => `--api må være en http- eller https-adresse, ikke "${url}"`,
    badSource: (arg: string) => `"${arg}" er verken en fil, en mappe eller et tabellnummer på fem sifre`,
    twoFolders: (a: string, b: string) => `to mapper oppgitt (${a} og ${b}); oppgi repositoriet én gang`,
    repositoryHasErrors: (n: number) => `repositoriet har ${n} feil fra før; rett dem først (plan validate). Ingenting importert.`,
    wouldBreak: (n: number) => `importen ville gitt ${n} feil i repositoriet; ingenting skrevet:`,
  },
};

function ssbRead(p: ReadProblem): string {
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
}
