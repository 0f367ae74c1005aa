import { choiceList as list } from './lists.js';
import type { Catalogue } from './words.js';

/** Every word planverk prints in English; the keys are nb.ts's. */
export const en: Catalogue = {
  /** The one status vocabulary: status, report, trace, the ink UI and README read the same words. */
  indicatorStatus: { reached: 'Reached', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data', 'no-target': 'No target' },
  run: {
    renderWithErrors: (n) => `warning: the repository has ${n} ${n === 1 ? 'error' : 'errors'}; invalid documents are left out (run plan validate)`,
    statusWithErrors: (n) => `the repository has ${n} ${n === 1 ? 'error' : 'errors'}; the scorecard leaves out invalid documents (see plan validate)`,
  },
  summary: {
    /** What `plan report` checked when a template fails: "maler". */
    templates: 'templates',
    errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    documents: (n) => `${n} ${n === 1 ? 'document' : 'documents'}`,
    files: (n) => `${n} ${n === 1 ? 'file' : 'files'}`,
    checked: (documents, files) => `${documents} in ${files}`,
    clean: (checked) => `${checked}: no problems`,
    found: (problems, counts, checked) => `${problems} (${counts}) in ${checked}`,
    error: 'error',
    warning: 'warning',
    hint: 'hint:',
  },
  units: {
    currency: { NOK: 'NOK' },
    million: 'million',
    billion: 'billion',
    amountsIn: (amount) => `amounts in ${amount}`,
    millionsOf: (symbol) => `${symbol} million`,
    unitsOf: (unit, symbol) => `${symbol} ${unit}`,
  },
  dates: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    day: (day, month) => `${day} ${month}`,
    dayNumber: (day) => `${day}`,
  },
  laws: {
    and: 'and',
    to: 'to',
    municipalAct: 'Local Government Act',
    planningAct: 'Planning and Building Act',
    electionAct: 'Election Act',
    kostraRegulation: 'KOSTRA Regulations',
  },
  scorecard: {
    indicatorCount: (n) => `${n} ${n === 1 ? 'indicator' : 'indicators'}`,
    benefit: { planned: 'Planned', realising: 'Realising', realised: 'Realised', overdue: 'Overdue', abandoned: 'Abandoned' },
    trend: { improving: 'improving', worsening: 'worsening', steady: 'steady' },
    title: 'Status {year}',
    benefitsAsOf: 'benefits as of {date}',
    asOf: 'as of {date}',
    benefitTarget: 'Target',
    goal: 'Goal',
    indicator: 'Indicator',
    statusColumn: 'Status',
    latest: 'Latest',
    needed: 'Needed {year}',
    nextTarget: 'Next target',
    trendColumn: 'Trend',
    series: 'Series',
    unit: 'Unit',
    benefits: 'Benefits',
    benefitColumn: 'Benefit',
    state: 'State',
    deadline: 'Deadline',
    indicatorStatus: 'Indicator status',
    noFocusArea: 'No focus area',
    baseline: 'Baseline',
    thresholds: 'Scorecard: desired {desired}, lowest accepted {lowest}',
    targets: 'Targets',
    actuals: 'Actuals',
    noPlans: 'No plans with goals.',
    noGoals: 'No goals.',
    noBenefits: 'No benefits.',
    keys: '↑↓ move · enter open · ← back · q quit',
  },
  /** The økonomiplan section of `plan diff` (src/formatters/diff/okonomiplan.ts). */
  diffOkonomiplan: {
    heading: (title) => `Financial plan: ${title}`,
    status: { added: 'added', removed: 'removed', changed: 'changed' },
    frames: 'Net frames per unit',
    lines: 'Changed lines',
    balance: 'Balance',
    table: { operating: 'operating', investment: 'investment' },
    unbalanced: (year, table) => `${year}: ${table} is out of balance`,
    balanced: (year, table) => `${year}: ${table} is back in balance`,
    unit: 'Unit',
    line: 'Line',
    year: 'Year',
    before: 'Before',
    after: 'After',
  },
  diff: {
    title: 'Plan changes',
    base: 'Base',
    head: 'Head',
    workingTree: 'working tree',
    noChanges: 'No plan changes',
    noPlan: 'no plan.yaml',
    valid: 'valid',
    errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    runValidate: 'run plan validate',
    files: 'files',
    documents: 'documents',
    counts: (f, d) => `${f} ${f === 1 ? 'file' : 'files'}, ${d} ${d === 1 ? 'document' : 'documents'}`,
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    moved: 'moved',
    movedFrom: 'moved from',
    summary: 'Summary',
    budget: 'Budget changes',
    measure: 'Measure',
    year: 'Year',
    operating: 'Operating',
    investment: 'Investment',
    total: 'Total',
    before: 'Before',
    after: 'After',
    change: 'Change',
    path: 'Path',
    goalsAdded: 'Goals added',
    goalsRemoved: 'Goals removed',
    measuresAdded: 'Measures added',
    measuresRemoved: 'Measures removed',
    sdgTargets: 'SDG targets per goal',
    goal: 'Goal',
    gained: 'Gained',
    lost: 'Lost',
    indicatorTargets: 'Indicator targets',
    indicator: 'Indicator',
    priorityCoverage: 'Prioritised SDG targets: coverage',
    target: 'Target',
    prioritised: 'Prioritised',
    yes: 'yes',
    no: 'no',
    notCovered: 'not covered',
    statuses: 'Status changes',
    document: 'Document',
    details: 'Details',
    truncated: (n) => `Shortened to fit: ${n} more ${n === 1 ? 'section is' : 'sections are'} not shown. Run \`plan diff --format json\` for everything.`,
    fileHasErrors: (side) => `the file has errors in ${side}: the document may only be unreadable there`,
    kinds: {
      Workspace: 'Workspace',
      MaterialityAssessment: 'Materiality assessment',
      Plan: 'Plan',
      Goal: 'Goal',
      Indicator: 'Indicator',
      Measure: 'Measure',
      Benefit: 'Benefit',
      Calendar: 'Calendar',
      Budget: 'Budget',
      StatusReport: 'Status report',
    },
  },
  arshjul: {
    categories: { political: 'Political', budget: 'Budget', reporting: 'Reporting', planning: 'Planning', deadline: 'Deadline', people: 'People', other: 'Other' },
    certainty: {
      law: 'The date is set in an act or regulation.',
      derived: 'Latest date worked out from a statutory rule; move it with your own adoption date.',
      practice: 'Established practice, not law; the date may vary.',
      approximate: 'Approximate; the exact date is set each year.',
    },
    today: 'Today',
    wheel: 'Annual wheel',
    legend: 'Legend',
    ringsOutwards: 'rings numbered from the centre outwards',
    month: 'Month',
    date: 'Date',
    event: 'Event',
    events: 'events',
    category: 'Category',
    body: 'Body',
    legalBasis: 'Legal basis',
    noEvents: 'No events',
    councilYear: (n) => `year ${n} of the council period`,
    allCalendars: 'All calendars',
    wholeMonth: 'whole month',
    duringMonth: (month: string) => `during ${month}`,
  },
  init: {
    prompts: {
      locale: 'Language of reports (nb, nn, en)',
      name: 'Municipality name',
      number: 'Municipality number (4 digits, optional)',
      firstElectionYear: 'First election year of the council periods',
      badNumber: 'a municipality number has 4 digits, e.g. 3203',
      badLocale: (choices) => `one of ${choices}`,
      badElectionYear: 'a municipal election year: 2019, 2023, 2027, …',
    },
    defaultName: 'Example municipality',
    units: { health: 'Health and care', education: 'Education' },
    materialityTitle: 'Materiality assessment of the SDGs',
    planTitle: (a, b) => `Municipal master plan, social element ${a}–${b}`,
    handlingsprogramTitle: (a, b) => `Action programme ${a}–${b}`,
    budgetTitle: (a, b) => `Financial plan ${a}–${b}`,
    demographyChange: 'More elderly residents',
    vision: 'Together we make a good place to live',
    focusArea: 'Good health throughout life',
    goalTitle: 'Residents enjoy good health throughout life',
    strategy: 'We make physical activity easy in every neighbourhood',
    indicatorTitle: 'Share of young people physically active at least 60 minutes a day',
    measureTitle: 'Activity boost for young people',
    benefitTitle: 'More physically active young people',
    benefitChange: 'More young people take part in low-threshold leisure activities',
    calendarTitle: 'Planning and governance calendar',
    events: { budget: 'The council adopts the budget and action programme', report: 'The annual report is presented', strategy: 'The municipal planning strategy is adopted' },
    responsibility: 'The municipality is responsible for public health and health and care services.',
    comment: '# Made by `plan init`. Change the content to fit your municipality.',
  },
  report: {
    'site.data': 'Download the indicator data',
    'site.search': 'Search the goals',
    'site.year': 'Year',
    'site.value': 'Value',
    'pdf.page': 'Page',
    'report.generated': 'Generated',
    'report.draft': 'Draft',
    'plan.period': 'Plan period',
    'plan.status': 'Status',
    'plan.adopted': 'Adopted',
    'plan.caseNumber': 'Case number',
    'plan.parent': 'Parent plan',
    'plan.municipality': 'Municipality',
    'plan.municipalityNumber': 'Municipality number',
    'section.contents': 'Contents',
    'section.chain': 'From vision to goals',
    'section.vision': 'Vision',
    'section.focusAreas': 'Focus areas',
    'section.focusArea': 'Focus area',
    'section.goals': 'Goals',
    'section.indicators': 'Indicators',
    'section.measures': 'Measures',
    'section.budget': 'Budget',
    'section.measuresEffect': 'Net budget effect of the measures',
    'section.budgetSummary': 'Budget summary for the plan period',
    'section.openQuestions': 'Open questions',
    'section.materiality': 'Materiality assessment',
    'section.otherGoals': 'Goals without a focus area',
    'open.withoutBudget': 'Measures without a budget',
    'open.withoutGoals': 'Measures not linked to a goal of the plan',
    'open.none': 'No open questions.',
    'goal.sdgTargets': 'SDG targets',
    'goal.strategies': 'Strategies',
    'goal.noIndicators': 'The goal has no indicators.',
    'goal.noMeasures': 'No measure of the plan works towards this goal.',
    'goal.prioritised': 'prioritised',
    'col.indicator': 'Indicator',
    'col.baseline': 'Baseline',
    'col.targets': 'Targets',
    'col.latest': 'Latest',
    'col.status': 'Status',
    'col.trend': 'Trend',
    'col.measure': 'Measure',
    'col.responsible': 'Responsible',
    'col.period': 'Period',
    'col.type': 'Type',
    'col.goals': 'Goals',
    'col.focusArea': 'Focus area',
    'col.budgetKind': 'Budget',
    'col.target': 'Target',
    'col.title': 'Title',
    'col.significance': 'Significance',
    'col.influence': 'Influence',
    'col.sum': 'Sum',
    'col.prioritised': 'Prioritised',
    'budget.operating': 'Operating',
    'budget.investment': 'Investment',
    'budget.total': 'Total',
    'budget.sumOperating': 'Total operating',
    'budget.sumInvestment': 'Total investment',
    'budget.sumTotal': 'Grand total',
    'budget.note': 'Negative figures are savings. A measure that serves several focus areas is budgeted under the focus area of its first goal.',
    'budget.none': 'No measure with a budget in this focus area.',
    'budget.countedUnder': 'budgeted under',
    'budget.withoutFocusArea': 'Measures without a focus area',
    yes: 'yes',
    no: 'no',
    none: '–',
    'matrix.significance': 'Significance for the municipality',
    'matrix.influence': "The municipality's influence",
    'matrix.threshold': 'Threshold',
    'matrix.prioritised': 'Prioritised',
    'matrix.notPrioritised': 'Not prioritised',
    'matrix.title': 'Materiality matrix',
    'trace.title': 'The golden thread',
    'trace.gaps': 'Gaps',
    'trace.noGaps': 'No gaps: every prioritised target has a goal, every goal has indicators and measures, and every change measure has benefits.',
    'trace.targetWithoutGoal': 'Prioritised target without a goal',
    'trace.goalWithoutIndicator': 'Goal without an indicator',
    'trace.goalWithoutMeasure': 'Goal without a measure',
    'trace.changeWithoutBenefit': 'Change measure without a benefit',
    'trace.benefits': 'Benefits',
    'measureStatus.planned': 'Planned',
    'measureStatus.ongoing': 'Ongoing',
    'measureStatus.done': 'Done',
    'measureStatus.cancelled': 'Cancelled',
    'measureType.run': 'Run',
    'measureType.change': 'Change',
    'planStatus.draft': 'Draft',
    'planStatus.consultation': 'In consultation',
    'planStatus.adopted': 'Adopted',
    'planStatus.archived': 'Archived',
    'planType.planstrategi': 'Planning strategy',
    'planType.kommuneplan-samfunnsdel': 'Municipal master plan, social element',
    'planType.kommuneplan-arealdel': 'Municipal master plan, land-use element',
    'planType.temaplan': 'Thematic plan',
    'planType.strategiplan': 'Strategic plan',
    'planType.handlingsprogram': 'Action programme',
    'level.society': 'Societal goal',
    'level.service': 'Service goal',
    'level.organisation': 'Organisational goal',
    'unit.percent': '%',
    'unit.count': 'count',
    'unit.nok': 'NOK',
    'unit.per-1000': 'per 1,000',
  },
  budget: {
    subtitle: (plan, amounts) => `${plan} · ${amounts}`,
    tables: {
      operating: 'Appropriation overview, operating, part 1 (Budget and Accounting Regulations § 5-4 (1))',
      frames: 'Appropriation overview, operating, part 2: net frames per unit (§ 5-4 (2))',
      framesDetail: 'The frames in detail: base, changes and measures',
      investment: 'Appropriation overview, investment, part 1 (§ 5-5 (1))',
      investmentMeasures: 'Appropriation overview, investment, part 2: investments per measure (§ 5-5 (2))',
      targets: 'Financial targets',
    },
    columns: { number: 'No.', line: 'Line', unit: 'Unit', measure: 'Measure', target: 'Target', bound: 'Bound', total: 'Total' },
    dispositionsHeading: 'Allocation or covering of the net operating result',
    operating: {
      generalGrant: 'Block grant',
      incomeTax: 'Income and wealth tax',
      propertyTax: 'Property tax',
      otherGeneralIncome: 'Other general operating income',
      generalIncome: 'Total general operating income',
      netAppropriations: 'Adjusted total net operating appropriations',
      depreciation: 'Depreciation',
      netOperatingExpenses: 'Total net operating expenses',
      grossOperatingResult: 'Gross operating result',
      interestIncome: 'Interest income',
      dividends: 'Dividends',
      financialGains: 'Gains and losses on current financial assets',
      interestExpenses: 'Interest expenses',
      loanRepayments: 'Loan repayments',
      netFinance: 'Net financial expenses',
      depreciationOffset: 'Reversal of depreciation',
      netOperatingResult: 'Net operating result',
      transferToInvestment: 'Transfer to investment',
      toRestrictedFunds: 'Allocations to restricted operating funds',
      fromRestrictedFunds: 'Use of restricted operating funds',
      toUnrestrictedFunds: 'Allocations to the unrestricted fund',
      fromUnrestrictedFunds: 'Use of the unrestricted fund',
      coverPriorDeficit: "Covering of previous years' deficit",
      dispositions: 'Total allocation or covering of the net operating result',
      carriedForward: 'Carried forward to be covered in later years (deficit)',
    },
    investment: {
      fixedAssetInvestments: 'Investments in fixed assets',
      measureInvestments: 'of which measures of the action programme',
      otherInvestments: 'of which other investments',
      grantsToOthers: "Grants to others' investments",
      shares: 'Investments in shares and holdings in companies',
      lending: 'Lending of own funds',
      investmentExpenditure: 'Total investment expenditure',
      vatCompensation: 'VAT compensation',
      grants: 'Grants from others',
      assetSales: 'Sales of fixed assets',
      borrowing: 'Borrowing',
      investmentIncome: 'Total investment income',
      transferFromOperating: 'Transfer from operating',
      toInvestmentFunds: 'Allocations to investment funds',
      fromInvestmentFunds: 'Use of investment funds',
      netTransfers: 'Total transfer from operating and net allocations',
      investmentUncovered: 'Carried forward to be covered in later years (uncovered)',
    },
    keyFigures: { totalOperatingIncome: 'Gross operating income', unrestrictedFundBalance: 'Unrestricted fund at year end', netDebt: 'Net debt at year end' },
    targets: {
      netOperatingResult: 'Net operating result, % of gross operating income',
      unrestrictedFund: 'Unrestricted fund, % of gross operating income',
      netDebt: 'Net debt, % of gross operating income',
    },
    min: (p) => `at least ${p}`,
    max: (p) => `at most ${p}`,
    met: 'met',
    missed: 'missed',
    notMeasurable: 'cannot be measured',
    noTargets: 'The financial plan has no financial targets.',
    noMeasureInvestments: 'No measure of the action programme has investments in the plan period.',
    framesTotal: 'Total net operating appropriations',
    investmentMeasuresTotal: 'Total investments in fixed assets',
    otherInvestments: 'Other investments in fixed assets',
    base: (year) => (year === null ? 'Base frame' : `Frame ${year}`),
    changeTypes: { technical: 'technical adjustment', demography: 'demography', price: 'wages and prices', political: 'political decision', saving: 'saving', other: 'other' },
    measure: (title) => `Measure: ${title}`,
    unitTotal: (unit) => `Net frame, ${unit}`,
    balanced: 'The financial plan balances in every year, operating and investment.',
    unbalanced: (years) => `The financial plan does not balance in ${years} (see plan validate).`,
  },
  ssb: {
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
          return p.role === 'metric'
            ? `the table has no metric dimension (ContentsCode); it has ${p.dimensions.join(', ')}`
            : `the table has no time dimension (Tid); it has ${p.dimensions.join(', ')}`;
        case 'not-yearly':
          return p.period === 'quarterly'
            ? `the table is quarterly (${p.example}); plan import ssb takes yearly tables only`
            : p.period === 'monthly'
              ? `the table is monthly (${p.example}); plan import ssb takes yearly tables only`
              : `the table's time is not years (${p.example}); plan import ssb takes yearly tables only`;
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
          return p.status === 404
            ? `SSB did not find ${p.url} (404); does the table exist?`
            : p.status === 429
              ? 'SSB refuses more requests now (429, too many from this address); try again in a minute'
              : `SSB answered ${p.status} ${p.text} to ${p.url}`;
        case 'not-jsonstat':
          return `the answer from ${p.url} is not JSON-stat: ${en.ssb.read(p.problem)}`;
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
  },
};
