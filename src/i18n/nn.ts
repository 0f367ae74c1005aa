import { choiceList as list } from './lists.js';
import type { Catalogue } from './words.js';

/** Every word planverk prints in nynorsk; the keys are nb.ts's. */
export const nn: Catalogue = {
  /** The one status vocabulary: status, report, trace, the ink UI and README read the same words. */
  indicatorStatus: { reached: 'Nådd', 'on-track': 'I rute', 'at-risk': 'I faresona', 'off-track': 'Ikkje i rute', 'no-data': 'Ingen data', 'no-target': 'Utan mål' },
  run: {
    renderWithErrors: (n) => `åtvaring: repositoriet har ${n} feil; ugyldige dokument er utelatne (køyr plan validate)`,
    statusWithErrors: (n) => `repositoriet har ${n} feil; målstatusen utelèt ugyldige dokument (sjå plan validate)`,
  },
  summary: {
    /** What `plan report` checked when a template fails: "maler". */
    templates: 'malar',
    errors: (n) => `${n} feil`,
    warnings: (n) => `${n} ${n === 1 ? 'åtvaring' : 'åtvaringar'}`,
    problems: (n) => `${n} ${n === 1 ? 'problem' : 'problem'}`,
    documents: (n) => `${n} dokument`,
    files: (n) => `${n} ${n === 1 ? 'fil' : 'filer'}`,
    checked: (documents, files) => `${documents} i ${files}`,
    clean: (checked) => `${checked}: ingen problem`,
    found: (problems, counts, checked) => `${problems} (${counts}) i ${checked}`,
    error: 'feil',
    warning: 'åtvaring',
    hint: 'tips:',
  },
  units: {
    currency: { NOK: 'kr' },
    million: 'mill.',
    billion: 'mrd.',
    amountsIn: (amount) => `beløp i ${amount}`,
    millionsOf: (symbol) => `mill. ${symbol}`,
    unitsOf: (unit, symbol) => `${unit} ${symbol}`,
  },
  dates: {
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    monthsShort: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
    day: (day, month) => `${day}. ${month}`,
    dayNumber: (day) => `${day}.`,
  },
  laws: {
    and: 'og',
    to: 'til',
    municipalAct: 'Kommunelova',
    planningAct: 'Plan- og bygningslova',
    electionAct: 'Vallova',
    kostraRegulation: 'KOSTRA-forskrifta',
  },
  scorecard: {
    indicatorCount: (n) => `${n} ${n === 1 ? 'indikator' : 'indikatorar'}`,
    benefit: { planned: 'Planlagd', realising: 'Under realisering', realised: 'Realisert', overdue: 'Forseinka', abandoned: 'Forkasta' },
    trend: { improving: 'betring', worsening: 'forverring', steady: 'stabil' },
    title: 'Målstatus {year}',
    benefitsAsOf: 'gevinstar per {date}',
    asOf: 'per {date}',
    benefitTarget: 'Gevinstmål',
    goal: 'Mål',
    indicator: 'Indikator',
    statusColumn: 'Status',
    latest: 'Siste',
    needed: 'Trengst {year}',
    nextTarget: 'Neste mål',
    trendColumn: 'Trend',
    series: 'Utvikling',
    unit: 'Eining',
    benefits: 'Gevinstar',
    benefitColumn: 'Gevinst',
    state: 'Tilstand',
    deadline: 'Frist',
    indicatorStatus: 'Indikatorstatus',
    noFocusArea: 'Utan målområde',
    baseline: 'Utgangsverdi',
    thresholds: 'Målekart: ønskt {desired}, lågaste akseptable {lowest}',
    targets: 'Målverdiar',
    actuals: 'Resultat',
    noPlans: 'Ingen planar med mål.',
    noGoals: 'Ingen mål.',
    noBenefits: 'Ingen gevinstar.',
    keys: '↑↓ vel · enter opne · ← tilbake · q avslutt',
  },
  /** The økonomiplan section of `plan diff` (src/formatters/diff/okonomiplan.ts). */
  diffOkonomiplan: {
    heading: (title) => `Økonomiplan: ${title}`,
    status: { added: 'ny', removed: 'fjerna', changed: 'endra' },
    frames: 'Netto rammer per eining',
    lines: 'Endra linjer',
    balance: 'Balanse',
    table: { operating: 'drift', investment: 'investering' },
    unbalanced: (year, table) => `${year}: ${table} er ikkje lenger i balanse`,
    balanced: (year, table) => `${year}: ${table} er i balanse igjen`,
    unit: 'Eining',
    line: 'Linje',
    year: 'År',
    before: 'Før',
    after: 'Etter',
  },
  diff: {
    title: 'Endringar i planverket',
    base: 'Fra',
    head: 'Til',
    workingTree: 'arbeidskatalogen',
    noChanges: 'Ingen endringar i planverket',
    noPlan: 'ingen plan.yaml',
    valid: 'gyldig',
    errors: (n) => `${n} feil`,
    warnings: (n) => `${n} ${n === 1 ? 'åtvaring' : 'åtvaringar'}`,
    runValidate: 'køyr plan validate',
    files: 'filer',
    documents: 'dokument',
    counts: (f, d) => `${f} ${f === 1 ? 'fil' : 'filer'}, ${d} dokument`,
    added: 'lagt til',
    removed: 'fjerna',
    changed: 'endra',
    moved: 'flytta',
    movedFrom: 'flytta frå',
    summary: 'Samandrag',
    budget: 'Budsjettendringar',
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
    goalsRemoved: 'Fjerna mål',
    measuresAdded: 'Nye tiltak',
    measuresRemoved: 'Fjerna tiltak',
    sdgTargets: 'Berekraftsdelmål per mål',
    goal: 'Mål',
    gained: 'Nye',
    lost: 'Borte',
    indicatorTargets: 'Måltal for indikatorar',
    indicator: 'Indikator',
    priorityCoverage: 'Prioriterte berekraftsdelmål: dekning',
    target: 'Berekraftsdelmål',
    prioritised: 'Prioritert',
    yes: 'ja',
    no: 'nei',
    notCovered: 'ikkje dekt',
    statuses: 'Statusendringar',
    document: 'Dokument',
    details: 'Detaljar',
    truncated: (n) => `Forkorta for å få plass: ${n} ${n === 1 ? 'del' : 'delar'} til er ikkje viste. Køyr \`plan diff --format json\` for alt.`,
    fileHasErrors: (side) => `fila har feil i ${side}: dokumentet kan vere uleseleg der`,
    kinds: {
      Workspace: 'Arbeidsområde',
      MaterialityAssessment: 'Vesentlegheitsvurdering',
      Plan: 'Plan',
      Goal: 'Mål',
      Indicator: 'Indikator',
      Measure: 'Tiltak',
      Benefit: 'Gevinst',
      Calendar: 'Årshjul',
      Budget: 'Budsjett',
      StatusReport: 'Statusrapport',
    },
  },
  arshjul: {
    categories: { political: 'Politisk', budget: 'Budsjett', reporting: 'Rapportering', planning: 'Planlegging', deadline: 'Frist', people: 'Medarbeidarar', other: 'Anna' },
    certainty: {
      law: 'Datoen står i lov eller forskrift.',
      derived: 'Seinaste dato rekna ut frå ein lovregel; flytt han etter eigen vedtaksdato.',
      practice: 'Fast praksis, ikkje lovfesta; datoen kan variere.',
      approximate: 'Omtrentleg tidspunkt; den nøyaktige datoen blir fastsett kvart år.',
    },
    today: 'I dag',
    wheel: 'Årshjul',
    legend: 'Teiknforklaring',
    ringsOutwards: 'ringane nummererte frå midten og ut',
    month: 'Månad',
    date: 'Dato',
    event: 'Hending',
    events: 'hendingar',
    category: 'Kategori',
    body: 'Organ',
    legalBasis: 'Hjemmel',
    noEvents: 'Ingen hendingar',
    councilYear: (n) => `år ${n} i valperioden`,
    allCalendars: 'Alle årshjul',
    wholeMonth: 'heile månaden',
    duringMonth: (month: string) => `i løpet av ${month}`,
  },
  init: {
    prompts: {
      locale: 'Språk for rapportane (nb, nn, en)',
      name: 'Kommunenamn',
      number: 'Kommunenummer (4 siffer, valfritt)',
      firstElectionYear: 'Første valår for valperiodane',
      badNumber: 'eit kommunenummer har 4 siffer, t.d. 3203',
      badLocale: (choices) => `ein av ${choices}`,
      badElectionYear: 'eit kommuneval-år: 2019, 2023, 2027, …',
    },
    defaultName: 'Døme kommune',
    units: { health: 'Helse og omsorg', education: 'Oppvekst' },
    materialityTitle: 'Vesentlegheitsvurdering av berekraftsmåla',
    planTitle: (a, b) => `Kommuneplanen sin samfunnsdel ${a}–${b}`,
    handlingsprogramTitle: (a, b) => `Handlingsprogram ${a}–${b}`,
    budgetTitle: (a, b) => `Økonomiplan ${a}–${b}`,
    demographyChange: 'Fleire eldre',
    vision: 'Saman skaper vi ein god stad å bu',
    focusArea: 'God helse gjennom heile livet',
    goalTitle: 'Innbyggjarane har god helse gjennom heile livet',
    strategy: 'Vi legg til rette for fysisk aktivitet i alle lokalsamfunn',
    indicatorTitle: 'Del ungdom som er fysisk aktive minst 60 minutt dagleg',
    measureTitle: 'Aktivitetsløft for ungdom',
    benefitTitle: 'Fleire fysisk aktive ungdommar',
    benefitChange: 'Fleire ungdommar deltek i lågterskel fritidsaktivitetar',
    calendarTitle: 'Årshjul for plan og styring',
    events: { budget: 'Kommunestyret vedtek budsjett og handlingsprogram', report: 'Årsmeldinga blir lagd fram', strategy: 'Kommunal planstrategi blir vedteken' },
    responsibility: 'Kommunen har ansvar for folkehelsearbeid og helse- og omsorgstenester.',
    comment: '# Laga av `plan init`. Endre innhaldet til din eigen kommune.',
  },
  report: {
    'site.data': 'Last ned indikatordata',
    'site.search': 'Søk i måla',
    'site.year': 'År',
    'site.value': 'Verdi',
    'pdf.page': 'Side',
    'report.generated': 'Generert',
    'report.draft': 'Utkast',
    'plan.period': 'Planperiode',
    'plan.status': 'Status',
    'plan.adopted': 'Vedtatt',
    'plan.caseNumber': 'Saksnummer',
    'plan.parent': 'Overordna plan',
    'plan.municipality': 'Kommune',
    'plan.municipalityNumber': 'Kommunenummer',
    'section.contents': 'Innhald',
    'section.chain': 'Frå visjon til mål',
    'section.vision': 'Visjon',
    'section.focusAreas': 'Målområde',
    'section.focusArea': 'Målområde',
    'section.goals': 'Mål',
    'section.indicators': 'Indikatorar',
    'section.measures': 'Tiltak',
    'section.budget': 'Budsjett',
    'section.measuresEffect': 'Netto budsjettverknad av tiltaka',
    'section.budgetSummary': 'Budsjettoversikt for planperioden',
    'section.openQuestions': 'Opne spørsmål',
    'section.materiality': 'Vesentlegheitsvurdering',
    'section.otherGoals': 'Mål utan målområde',
    'open.withoutBudget': 'Tiltak utan budsjett',
    'open.withoutGoals': 'Tiltak som ikkje er knytte til mål i planen',
    'open.none': 'Ingen opne spørsmål.',
    'goal.sdgTargets': 'Berekraftsmål',
    'goal.strategies': 'Strategiar',
    'goal.noIndicators': 'Målet har ingen indikatorar.',
    'goal.noMeasures': 'Ingen tiltak i planen arbeider mot dette målet.',
    'goal.prioritised': 'prioritert',
    'col.indicator': 'Indikator',
    'col.baseline': 'Utgangsverdi',
    'col.targets': 'Mål',
    'col.latest': 'Siste måling',
    'col.status': 'Status',
    'col.trend': 'Utvikling',
    'col.measure': 'Tiltak',
    'col.responsible': 'Ansvarleg',
    'col.period': 'Periode',
    'col.type': 'Type',
    'col.goals': 'Mål',
    'col.focusArea': 'Målområde',
    'col.budgetKind': 'Budsjett',
    'col.target': 'Berekraftsdelmål',
    'col.title': 'Tittel',
    'col.significance': 'Vekt',
    'col.influence': 'Påverknad',
    'col.sum': 'Sum',
    'col.prioritised': 'Prioritert',
    'budget.operating': 'Drift',
    'budget.investment': 'Investering',
    'budget.total': 'Sum',
    'budget.sumOperating': 'Sum drift',
    'budget.sumInvestment': 'Sum investering',
    'budget.sumTotal': 'Sum totalt',
    'budget.note': 'Negative tal er innsparingar. Tiltak som tener fleire målområde, blir budsjetterte under målområdet til det første målet sitt.',
    'budget.none': 'Ingen tiltak med budsjett i dette målområdet.',
    'budget.countedUnder': 'budsjettert under',
    'budget.withoutFocusArea': 'Tiltak utan målområde',
    yes: 'ja',
    no: 'nei',
    none: '–',
    'matrix.significance': 'Vekt for kommunen',
    'matrix.influence': 'Påverknadsmoglegheita til kommunen',
    'matrix.threshold': 'Terskel',
    'matrix.prioritised': 'Prioritert',
    'matrix.notPrioritised': 'Ikkje prioritert',
    'matrix.title': 'Vesentlegheitsmatrise',
    'trace.title': 'Den gylne tråden',
    'trace.gaps': 'Hol i tråden',
    'trace.noGaps': 'Ingen hol: alle prioriterte berekraftsdelmål har mål, alle mål har indikatorar og tiltak, og alle utviklingstiltak har gevinstar.',
    'trace.targetWithoutGoal': 'Prioritert berekraftsdelmål utan mål',
    'trace.goalWithoutIndicator': 'Mål utan indikator',
    'trace.goalWithoutMeasure': 'Mål utan tiltak',
    'trace.changeWithoutBenefit': 'Utviklingstiltak utan gevinst',
    'trace.benefits': 'Gevinstar',
    'measureStatus.planned': 'Planlagd',
    'measureStatus.ongoing': 'Pågår',
    'measureStatus.done': 'Fullført',
    'measureStatus.cancelled': 'Avbroten',
    'measureType.run': 'Drift',
    'measureType.change': 'Utvikling',
    'planStatus.draft': 'Utkast',
    'planStatus.consultation': 'På høyring',
    'planStatus.adopted': 'Vedtatt',
    'planStatus.archived': 'Arkivert',
    'planType.planstrategi': 'Planstrategi',
    'planType.kommuneplan-samfunnsdel': 'Kommuneplanen sin samfunnsdel',
    'planType.kommuneplan-arealdel': 'Kommuneplanen sin arealdel',
    'planType.temaplan': 'Temaplan',
    'planType.strategiplan': 'Strategiplan',
    'planType.handlingsprogram': 'Handlingsprogram',
    'level.society': 'Samfunnsmål',
    'level.service': 'Tenestemål',
    'level.organisation': 'Organisasjonsmål',
    'unit.percent': '%',
    'unit.count': 'tal',
    'unit.nok': 'kr',
    'unit.per-1000': 'per 1000',
  },
  budget: {
    subtitle: (plan, amounts) => `${plan} · ${amounts}`,
    tables: {
      operating: 'Løyvingsoversikt drift, del 1 (budsjett- og rekneskapsforskrifta § 5-4 første ledd)',
      frames: 'Løyvingsoversikt drift, del 2: netto rammer per eining (§ 5-4 andre ledd)',
      framesDetail: 'Rammene i detalj: basis, endringar og tiltak',
      investment: 'Løyvingsoversikt investering, del 1 (§ 5-5 første ledd)',
      investmentMeasures: 'Løyvingsoversikt investering, del 2: investeringar per tiltak (§ 5-5 andre ledd)',
      targets: 'Finansielle måltal',
    },
    columns: { number: 'Nr.', line: 'Linje', unit: 'Eining', measure: 'Tiltak', target: 'Måltal', bound: 'Mål', total: 'Sum' },
    dispositionsHeading: 'Disponering eller dekning av netto driftsresultat',
    operating: {
      generalGrant: 'Rammetilskot',
      incomeTax: 'Inntekts- og formuesskatt',
      propertyTax: 'Eigedomsskatt',
      otherGeneralIncome: 'Andre generelle driftsinntekter',
      generalIncome: 'Sum generelle driftsinntekter',
      netAppropriations: 'Korrigert sum løyvingar drift, netto',
      depreciation: 'Avskrivingar',
      netOperatingExpenses: 'Sum netto driftsutgifter',
      grossOperatingResult: 'Brutto driftsresultat',
      interestIncome: 'Renteinntekter',
      dividends: 'Utbyte',
      financialGains: 'Vinstar og tap på finansielle omløpsmiddel',
      interestExpenses: 'Renteutgifter',
      loanRepayments: 'Avdrag på lån',
      netFinance: 'Netto finansutgifter',
      depreciationOffset: 'Motpost avskrivingar',
      netOperatingResult: 'Netto driftsresultat',
      transferToInvestment: 'Overføring til investering',
      toRestrictedFunds: 'Avsetjingar til bundne driftsfond',
      fromRestrictedFunds: 'Bruk av bundne driftsfond',
      toUnrestrictedFunds: 'Avsetjingar til disposisjonsfond',
      fromUnrestrictedFunds: 'Bruk av disposisjonsfond',
      coverPriorDeficit: 'Dekning av tidlegare års meirforbruk',
      dispositions: 'Sum disponeringar eller dekning av netto driftsresultat',
      carriedForward: 'Framført til inndekning i seinare år (meirforbruk)',
    },
    investment: {
      fixedAssetInvestments: 'Investeringar i varige driftsmiddel',
      measureInvestments: 'av dette tiltak i handlingsprogrammet',
      otherInvestments: 'av dette andre investeringar',
      grantsToOthers: 'Tilskot til investeringane til andre',
      shares: 'Investeringar i aksjar og delar i selskap',
      lending: 'Utlån av eigne midlar',
      investmentExpenditure: 'Sum investeringsutgifter',
      vatCompensation: 'Kompensasjon for meirverdiavgift',
      grants: 'Tilskot frå andre',
      assetSales: 'Sal av varige driftsmiddel',
      borrowing: 'Bruk av lån',
      investmentIncome: 'Sum investeringsinntekter',
      transferFromOperating: 'Overføring frå drift',
      toInvestmentFunds: 'Avsetjingar til investeringsfond',
      fromInvestmentFunds: 'Bruk av investeringsfond',
      netTransfers: 'Sum overføring frå drift og netto avsetjingar',
      investmentUncovered: 'Framført til inndekning i seinare år (udekt beløp)',
    },
    keyFigures: { totalOperatingIncome: 'Brutto driftsinntekter', unrestrictedFundBalance: 'Disposisjonsfond ved utgangen av året', netDebt: 'Netto lånegjeld ved utgangen av året' },
    targets: {
      netOperatingResult: 'Netto driftsresultat i % av brutto driftsinntekter',
      unrestrictedFund: 'Disposisjonsfond i % av brutto driftsinntekter',
      netDebt: 'Netto lånegjeld i % av brutto driftsinntekter',
    },
    min: (p) => `minst ${p}`,
    max: (p) => `høgst ${p}`,
    met: 'nådd',
    missed: 'ikkje nådd',
    notMeasurable: 'kan ikkje målast',
    noTargets: 'Økonomiplanen har ingen finansielle måltal.',
    noMeasureInvestments: 'Ingen tiltak i handlingsprogrammet har investeringar i planperioden.',
    framesTotal: 'Sum løyvingar drift, netto',
    investmentMeasuresTotal: 'Sum investeringar i varige driftsmiddel',
    otherInvestments: 'Andre investeringar i varige driftsmiddel',
    base: (year) => (year === null ? 'Basisramme' : `Ramme ${year}`),
    changeTypes: { technical: 'teknisk justering', demography: 'demografi', price: 'løns- og prisvekst', political: 'politisk vedtak', saving: 'innsparing', other: 'anna' },
    measure: (title) => `Tiltak: ${title}`,
    unitTotal: (unit) => `Netto ramme ${unit}`,
    balanced: 'Økonomiplanen er i balanse i alle år, både drift og investering.',
    unbalanced: (years) => `Økonomiplanen er ikkje i balanse i ${years} (sjå plan validate).`,
  },
  ssb: {
    table: (id) => `tabell ${id}`,
    added: 'lagt til',
    changed: 'endra',
    unchanged: 'uendra',
    skipped: 'hoppa over',
    failed: 'kunne ikkje importerast',
    retrieved: (date) => `source.retrieved vert sett til ${date}`,
    status: (s) => (s === 'preliminary' ? 'førebels' : 'endeleg'),
    symbol: (s) =>
      ({ '.': '«.»: let seg ikkje føre opp', '..': '«..»: tal manglar', '...': '«...»: tal manglar førebels', ':': '«:»: vert ikkje vist av omsyn til konfidensialitet', '-': '«-»: null' })[s] ??
      `«${s}»`,
    missing: 'ingen verdi',
    notANumber: 'verdien er ikkje eit tal',
    match: (p) => {
      const more = (n: number) => ` og ${n} til`;
      switch (p.code) {
        case 'no-dimension':
          return p.role === 'metric'
            ? `tabellen har ingen statistikkvariabel (ContentsCode); han har ${p.dimensions.join(', ')}`
            : `tabellen har ingen tidsdimensjon (Tid); han har ${p.dimensions.join(', ')}`;
        case 'not-yearly':
          return p.period === 'quarterly'
            ? `tabellen har kvartalstal (${p.example}); plan import ssb tek berre årstal`
            : p.period === 'monthly'
              ? `tabellen har månadstal (${p.example}); plan import ssb tek berre årstal`
              : `tida i tabellen er ikkje år (${p.example}); plan import ssb tek berre årstal`;
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
          return p.status === 404
            ? `SSB fann ikkje ${p.url} (404); finst tabellen?`
            : p.status === 429
              ? `SSB avviser fleire spørjingar no (429, for mange frå denne adressa); prøv igjen om eit minutt`
              : `SSB svara ${p.status} ${p.text} på ${p.url}`;
        case 'not-jsonstat':
          return `svaret frå ${p.url} er ikkje JSON-stat: ${nn.ssb.read(p.problem)}`;
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
  },
};
