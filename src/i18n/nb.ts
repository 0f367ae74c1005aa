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
  /**
   * The messages and hints of the rules, one key per rule id: the check stage reads
   * `words(ctx.locale).ruleText` (src/check/context.ts ruleText). `common` holds the
   * words several rules share ("did you mean", "… and 3 more").
   */
  ruleText: {
    common: {
      didYouMean: (ids: readonly string[]) => `mente du ${ids.map((i) => `«${i}»`).join(', ').replace(/, («[^«]*»)$/, ' eller $1')}?`,
      more: (shown: string, n: number) => `${shown} … og ${n} til`,
      oneOf: (list: string) => `én av: ${list}`,
      theDocument: 'dokumentet',
      none: 'ingen',
    },
    'schema/kind': {
      onlyWorkspace: 'plan.yaml inneholder bare Workspace-dokumentet; flytt dette dokumentet til en egen fil',
      catalogOnly: (kind: string) => `${kind}-dokumenter leses bare fra filen som Workspace.catalog i plan.yaml peker på`,
      catalogHint: (path: string) => `sett \`catalog: ${path}\` i plan.yaml, eller fjern dette dokumentet`,
      unknown: (kind: string) => `ukjent kind «${kind}»`,
      wrongFile: (expected: string, kind: string) => `denne filen skal inneholde ${expected}-dokumentet, ikke et ${kind}-dokument`,
      workspaceOutside: 'Workspace-dokumentet hører hjemme i plan.yaml i roten av repositoriet',
    },
    'schema/type': {
      notMapping: 'et dokument må være en mapping (nøkkel: verdi) med `kind` og `id`',
      mustBe: (where: string, type: string, value: string) => `${where} må være ${type}, ikke ${value}`,
      or: 'eller',
      types: { object: 'en mapping', array: 'en liste', integer: 'et heltall', number: 'et tall', string: 'en tekst', boolean: 'true eller false', null: 'tom' } as Record<string, string>,
      empty: 'tom (null)',
      list: 'en liste',
      mapping: 'en mapping',
      number: (n: number) => `tallet ${n}`,
      text: (s: string) => `teksten «${s}»`,
      unquoted: (where: string, written: string, read: string) => `${where}: ${written} står uten anførselstegn, så YAML leser det som ${read}`,
      invalid: (where: string) => `${where} er ugyldig`,
      aNumber: 'et tall',
    },
    'schema/required': {
      kind: 'påkrevd nøkkel «kind» mangler',
      missing: (key: string, where: string) => `påkrevd nøkkel «${key}» mangler i ${where}`,
    },
    'schema/additional-properties': {
      unknown: (key: string) => `ukjent nøkkel «${key}»`,
      allowed: (keys: string) => `tillatte nøkler: ${keys}; nøkler som begynner med «x-», er til egne data`,
    },
    'schema/enum': { notAllowed: (value: string, where: string) => `«${value}» er ikke en tillatt verdi for ${where}` },
    'schema/const': { mustBe: (where: string, value: string) => `${where} må være ${value}` },
    'schema/pattern': {
      badId: (value: string) => `«${value}» er ikke en gyldig id`,
      idHint: 'id-er bruker små bokstaver a–z, sifre, «.», «_» og «-», og begynner med en bokstav eller et siffer',
      mustMatch: (where: string, pattern: string) => `${where} må passe mønsteret ${pattern}`,
    },
    'schema/format': {
      invalid: (value: string, format: string) => `«${value}» er ikke ${format === 'date' ? 'en gyldig dato' : `gyldig ${format}`}`,
      dateHint: 'skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2027-06-10',
    },
    'schema/minimum': { limit: (where: string, comparison: string, limit: string) => `${where} må være ${comparison} ${limit}` },
    'schema/maximum': { limit: (where: string, comparison: string, limit: string) => `${where} må være ${comparison} ${limit}` },
    'schema/exclusive-minimum': { limit: (where: string, comparison: string, limit: string) => `${where} må være ${comparison} ${limit}` },
    'schema/max-length': { tooLong: (where: string, limit: string) => `${where} er lengre enn ${limit} tegn` },
    'schema/max-items': { tooMany: (where: string, limit: string) => `${where} har flere enn ${limit} elementer` },
    'schema/min-items': { tooFew: (where: string, limit: string) => `${where} må ha minst ${limit} ${limit === '1' ? 'element' : 'elementer'}` },
    'sdg/numeric-id': {
      target: 'Bærekraftsdelmålet',
      indicator: 'SDG-indikatoren',
      read: (what: string, written: string, n: string) => `${what} ${written} står uten anførselstegn, så YAML leser det som tallet ${n}`,
      readNumber: (what: string, written: string) => `${what} ${written} står uten anførselstegn, så YAML leser det som et tall`,
      hint: (written: string) => `skriv det som tekst: "${written}"`,
    },
    'sdg/unknown-target': {
      isGoal: (id: string) => `«${id}» er et bærekraftsmål, ikke et delmål`,
      isIndicator: (id: string) => `«${id}» er en SDG-indikator, ikke et bærekraftsdelmål`,
      unknown: (id: string) => `ukjent bærekraftsdelmål «${id}»`,
      goalHint: (id: string) => `oppgi delmålene under mål ${id} som du mener, for eksempel "${id}.1"`,
      indicatorHint: (target: string) => `delmålet er "${target}"`,
      shapeHint: 'id-er for delmål ser ut som "3.4" eller "3.a"',
      catalogFile: (group: string, id: string) => `katalogfilen nevner ${group === 'goals' ? 'et ukjent bærekraftsmål' : 'et ukjent bærekraftsdelmål'} «${id}»`,
    },
    'sdg/unknown-indicator': {
      isTarget: (id: string) => `«${id}» er et bærekraftsdelmål, ikke en indikator`,
      unknown: (id: string) => `ukjent SDG-indikator «${id}»`,
      shapeHint: 'id-er for indikatorer har tre ledd, for eksempel "3.4.1"',
      catalogFile: (_group: string, id: string) => `katalogfilen nevner en ukjent SDG-indikator «${id}»`,
    },
    'id/duplicate': {
      document: (id: string, kind: string) => `id-en «${id}» er allerede brukt av et ${kind}-dokument`,
      documentHint: (where: string) => `først definert i ${where}; id-er må være unike i hele repositoriet`,
      target: (value: string) => `delmålet «${value}» er vurdert to ganger i denne vurderingen`,
      unit: (value: string) => `enheten «${value}» har to rammer i dette budsjettet`,
      item: (list: string, value: string, inFrame: boolean) => `${list}-id-en «${value}» er brukt to ganger i ${inFrame ? 'denne rammen' : 'dette dokumentet'}`,
      itemHint: (n: number, list: string) => `den første er element ${n} i ${list}`,
    },
    'ref/unknown-id': {
      unit: (value: string) => `ukjent enhet «${value}»`,
      unitsHint: (units: string) => `enhetene i Workspace: ${units}`,
      noUnits: 'legg enheten til under `units` i plan.yaml',
      unknown: (kind: string, value: string) => `${kind === 'any' ? 'ukjent dokument' : `ukjent ${kind}`} «${value}»`,
      focusArea: (plan: string, focus: string) => `planen «${plan}» har ikke innsatsområdet «${focus}»`,
      focusAreasHint: (areas: string) => `innsatsområdene: ${areas}`,
      noFocusAreas: (plan: string) => `planen «${plan}» har ingen focusAreas`,
    },
    'ref/wrong-kind': { wrongKind: (value: string, kind: string, to: string) => `«${value}» er et ${kind}-dokument, ikke et ${to}-dokument` },
    'ref/plan-type': {
      planType: (plan: string, type: string, why: string) => `planen «${plan}» har typen ${type}; ${why}`,
      measure: 'tiltak hører til et handlingsprogram',
      budget: 'et Budget er økonomiplanen til et handlingsprogram',
      report: 'en StatusReport rapporterer på et handlingsprogram',
    },
    'ref/cycle': {
      cycle: (kind: string, chain: string) => `${kind === 'Goal' ? 'mål' : 'planer'} danner en sirkel gjennom parent: ${chain}`,
      hint: 'en parent må stå høyere i kjeden; fjern en av disse parent-lenkene',
    },
    'config/unknown-rule': {
      notConfigurable: (key: string) => `regelen «${key}» kan ikke konfigureres`,
      unknown: (key: string) => `ukjent regel «${key}»`,
      onlyRepository: (rules: string) => `bare repositoriets regler kan settes: ${rules}`,
      configurable: (rules: string) => `regler som kan konfigureres: ${rules}`,
    },
    'budget-financial-target': {
      unchecked: (target: string, year: number, field?: string) => `det finansielle måltallet ${target} kan ikke kontrolleres for ${year}: raden mangler totalOperatingIncome${field ? ` og ${field}` : ''}`,
      uncheckedHint: 'måltallene er andeler av brutto driftsinntekter (totalOperatingIncome)',
      missed: (year: number, what: string, percent: string, target: string, bound: string) => `${year}: ${what} er ${percent} % av totalOperatingIncome; det finansielle måltallet ${target} er ${bound}`,
      atLeast: (p: string) => `minst ${p} %`,
      atMost: (p: string) => `høyst ${p} %`,
      and: 'og',
    },
    'budget-unbalanced': {
      surplus: (year: number, left: string, result: string, dispositions: string) => `${year} går ikke i balanse: et overskudd på ${left} er ikke disponert (netOperatingResult ${result}, disposisjoner ${dispositions})`,
      deficit: (year: number, left: string, result: string, dispositions: string) => `${year} går ikke i balanse: et underskudd på ${left} (netOperatingResult ${result}, disposisjoner ${dispositions})`,
      surplusHint: (left: string) => `disponer det, for eksempel ved å øke toUnrestrictedFunds med ${left}`,
      deficitHint: (left: string) => `dekk det inn: mer inntekt, mindre rammer eller mindre disposisjoner (for eksempel fromUnrestrictedFunds +${left})`,
    },
    'budget-investment-unbalanced': {
      uncovered: (year: number, left: string, expenditure: string, income: string, transfers: string) => `investeringene i ${year} er ikke finansiert: ${left} er udekket (utgifter ${expenditure}, inntekter ${income}, netto overføringer ${transfers})`,
      over: (year: number, left: string, expenditure: string, income: string, transfers: string) => `investeringene i ${year} er finansiert med ${left} mer enn de koster (utgifter ${expenditure}, inntekter ${income}, netto overføringer ${transfers})`,
      uncoveredHint: (left: string) => `finansier det, for eksempel borrowing +${left}`,
      overHint: (left: string) => `lån mindre (borrowing −${left}) eller sett resten av (toInvestmentFunds)`,
    },
    'budget-transfer-mismatch': {
      mismatch: (year: number, received: string, sent: string, difference: string) => `${year}: investeringsbudsjettet mottar ${received} fra drift, men driftsbudsjettet overfører ${sent} (en differanse på ${difference})`,
      hint: 'transferToInvestment i drift og transferFromOperating i investering er ett beløp sett fra hver side; gjør dem like',
    },
    'budget-measure-without-unit': {
      noUnit: (measure: string, budget: string) => `tiltaket «${measure}» har driftsbudsjett, men ingen ansvarlig enhet, og er derfor ikke i noen ramme i budsjettet «${budget}»`,
      hint: 'sett responsible til enheten i Workspace som har rammen tiltaket betales av',
    },
    'budget-missing-year': {
      missing: (year: number, side: string) => `planåret ${year} har ingen ${side}-rad`,
      hint: (year: number, side: string, plan: string, start: number, end: number) => `legg til «- year: ${year}» med beløpene under ${side}: økonomiplanen dekker hvert år i planen «${plan}» (${start}–${end})`,
    },
    'budget-outside-period': {
      measure: (year: number, start: number, end: number) => `budsjettåret ${year} ligger utenfor tiltakets periode (${start}–${end})`,
      plan: (year: number, plan: string, start: number, end: number) => `budsjettåret ${year} ligger utenfor perioden til planen «${plan}» (${start}–${end})`,
      measureHint: 'flytt beløpet til et år innenfor perioden, eller utvid perioden',
      budget: (year: number, plan: string, start: number, end: number) => `året ${year} ligger utenfor perioden til planen «${plan}» (${start}–${end})`,
      budgetHint: 'økonomiplanen har bare planårene; basisåret føres i basisYear og frames[].base',
    },
    'budget-plan-duplicate': {
      duplicate: (plan: string, seen: string) => `planen «${plan}» har allerede budsjettet «${seen}»`,
      hint: (path: string) => `ett Budget per plan (${path}); slå de to sammen, eller la dette peke på sitt eget handlingsprogram`,
    },
    'budget-year-duplicate': {
      measure: (year: number) => `budsjettåret ${year} står to ganger`,
      year: (year: number) => `året ${year} står to ganger`,
      hint: 'slå de to radene sammen til én',
    },
    'calendar-include-clash': {
      clash: (id: string, kind: string, path: string) => `den innebygde kalenderen «${id}» har samme id som et ${kind}-dokument i ${path}`,
      hint: 'gi det dokumentet et nytt navn, eller slutt å inkludere den innebygde kalenderen',
    },
    'event-council-year-without-election-year': {
      noElectionYear: (event: string, year: number) => `hendelsen «${event}» ligger i år ${year} av valgperioden, men plan.yaml har ingen firstElectionYear`,
      hint: 'sett `firstElectionYear` i plan.yaml (for eksempel 2023); til da er hendelsen utelatt fra årshjulet',
    },
    'event-date-and-month': {
      both: (event: string) => `hendelsen «${event}» har både dato (én gang) og måned (hvert år)`,
      hint: 'behold `date` for en hendelse som skjer én gang, eller `month` (og `day`) for en årlig',
    },
    'event-end-before-date': {
      endBefore: (event: string, end: string, date: string) => `hendelsen «${event}» slutter (${end}) før den begynner (${date})`,
      hint: '`end` er hendelsens siste dag; den må være samme dag som `date` eller senere',
    },
    'event-impossible-date': {
      impossible: (event: string, day: number, month: number, max: number) => `hendelsen «${event}» er lagt til dag ${day} i måned ${month}, som har høyst ${max} dager`,
      hint: 'utelat `day` for hele måneden, eller velg en dag som finnes',
    },
    'event-relative-reference': {
      unknown: (event: string, before: string) => `hendelsen «${event}» er plassert før «${before}», som ikke er en hendelse i noen kalender`,
      unknownHint: 'oppgi id-en til en hendelse i denne eller en annen kalender, eller en måned og dag i stedet',
      cycle: (event: string, before: string) => `hendelsen «${event}» er plassert før «${before}», men kjeden av before-referanser fører tilbake til den`,
      cycleHint: 'gi én hendelse i kjeden en måned og dag (eller en dato) i stedet for before',
    },
    'event-without-date': {
      noDate: (event: string) => `hendelsen «${event}» har verken dato eller måned`,
      hint: 'oppgi `date` for en hendelse som skjer én gang, `month` (og `day`) for en årlig, eller `before` for å plassere den før en annen hendelse',
    },
    'goal-without-indicator': {
      noIndicators: (goal: string) => `målet «${goal}» har ingen indikatorer`,
      hint: 'før opp under `indicators` indikatorene som viser om målet nås',
    },
    'indicator-thresholds-order': {
      worse: (desired: string, lowest: string, direction: string) => `thresholds.desired (${desired}) er dårligere enn thresholds.lowest (${lowest}) for direction ${direction}`,
      maintainHint: 'desired må ligge minst like nær målet som lowest',
      hint: 'bytt om de to verdiene, eller kontroller direction',
    },
    'indicator-years-order': {
      twice: (list: string, year: number) => `${list} har året ${year} to ganger`,
      after: (list: string, year: number, prev: number) => `i ${list} kommer året ${year} etter ${prev}`,
      hint: (list: string) => `før opp ${list} én gang per år, eldste først`,
    },
    'materiality-score-outside-scale': { outside: (field: string, score: number, min: number, max: number) => `${field} ${score} ligger utenfor skalaen ${min}–${max}` },
    'period-reversed': { reversed: (end: number, start: number) => `perioden slutter (${end}) før den begynner (${start})` },
    'priority-target-uncovered': {
      uncovered: (target: string, plan: string) => `det prioriterte bærekraftsdelmålet «${target}» dekkes ikke av noe mål i planen «${plan}»`,
      hint: (target: string, plan: string) => `legg «${target}» til sdgTargets i et mål i planen «${plan}», eller sett priority: false med en begrunnelse`,
    },
    'unused-indicator': {
      unused: (indicator: string) => `indikatoren «${indicator}» brukes ikke av noe mål eller noen gevinst`,
      hint: 'legg den til i et måls `indicators` eller en gevinsts `indicator`, eller fjern den',
    },
    'report-annual-section-missing': {
      missing: (section: string) => `årsberetningen mangler avsnittet ${section}`,
      hint: 'kommuneloven § 14-7 krever finances, deviations, goals, ethics, equality og activityDuty (docs/reporting.md)',
    },
    'report-as-of-outside-period': {
      outside: (asOf: string, from: string, to: string) => `asOf ${asOf} ligger utenfor perioden det rapporteres på (${from} til ${to})`,
      tertialHint: (to: string) => `den siste dagen i tertialet, ${to}, er den vanlige asOf`,
      annualHint: (to: string) => `årsberetningen gjelder per utgangen av året, ${to}`,
    },
    'report-deviation-without-comment': {
      deviation: (unit: string, amount: string, over: boolean, frame: string) => `prognosen for «${unit}» ligger ${amount} ${over ? 'over' : 'under'} rammen på ${frame} (mer enn 1 %) og har ingen kommentar`,
      hint: 'forklar i comment hvorfor, og hva som gjøres med det',
    },
    'report-entry-duplicate': {
      twice: (key: string, id: string) => `${key} «${id}» står to ganger i denne rapporten`,
      hint: (n: number, list: string) => `den første er element ${n} i ${list}; den første gjelder`,
    },
    'report-measure-missing': {
      missing: (measure: string, status: string) => `tiltaket «${measure}» (${status}) er ikke med i rapporten`,
      hint: (measure: string) => `legg til { measure: ${measure}, progress: … } under measures`,
    },
    'report-outside-plan': {
      measure: (measure: string, plan: string | undefined, reportPlan: string) => `tiltaket «${measure}» hører til ${plan ? `planen «${plan}»` : 'ingen plan'}, ikke til «${reportPlan}»`,
      measureHint: 'rapporter et tiltak i rapportene til sin egen plan',
      benefit: (benefit: string, measure: string, plan: string) => `gevinsten «${benefit}» kommer fra tiltaket «${measure}», som ikke er et tiltak i «${plan}»`,
      benefitHint: 'rapporter en gevinst i rapportene til planen tiltaket hører til',
      unit: (unit: string, year: number, budget: string) => `enheten «${unit}» har ingen ramme i ${year} i budsjettet «${budget}»`,
      unitHint: (units: string) => `enheter med ramme: ${units}`,
    },
    'report-overdue': {
      annual: (year: number) => `årsberetningen for ${year}`,
      tertial: (tertial: number, year: number) => `${tertial}. tertialrapport ${year}`,
      overdue: (what: string, due: string, plan: string) => `${what} er forfalt: fristen var ${due}, og ingen StatusReport for ${plan} dekker den`,
      hint: (plan: string, type: string, period: string) => `legg til en StatusReport med plan: ${plan}, type: ${type}, period: ${period} (docs/reporting.md)`,
    },
    'report-period-mismatch': {
      needsTertial: 'en tertialrapport trenger sitt tertial',
      needsTertialHint: 'period: { year: 2027, tertial: 1 } (1: januar–april, 2: mai–august, 3: september–desember)',
      annualNoTertial: 'en årsberetning dekker hele året og har ikke tertial',
      annualNoTertialHint: 'utelat tertial, eller gi rapporten type: tertial',
      notPlanYear: (year: number, plan: string, start: number, end: number) => `${year} er ikke et år i planen «${plan}» (${start}–${end})`,
      basisHint: (basis: number) => `planens år, eller basisYear ${basis} i budsjettet`,
      planYearHint: 'et år i planens periode',
    },
    'report-plan-period-duplicate': {
      duplicate: (plan: string, seen: string, period: string) => `planen «${plan}» har allerede rapporten «${seen}» for ${period}`,
      hint: (path: string) => `én rapport per plan og periode (${path}); slå de to sammen, eller rett perioden`,
    },
  },
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
  /** `--help`: commander's headings, the command summaries and the options every command shares (src/cli.ts localizeHelp). */
  cli: {
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:', 'Global Options:': 'Globale valg:', 'Examples:': 'Eksempler:' } as Record<string, string>,
    commands: {
      plan: 'En kommunes plan- og styringssystem som ren YAML i git.',
      validate: 'kontroller repositoriet: YAML, skjemaer, id-er, referanser, SDG-id-er og repositoriets regler',
      fix: 'gjør de trygge, mekaniske rettelsene på stedet (anførselstegn rundt SDG-id-er skrevet som tall, sorterte indikatorår) og vis hva som ble endret',
      schema: 'skriv ut det samlede JSON-skjemaet for alle dokumenttyper, eller skriv hver skjemafil til en mappe (for editorer)',
      init: 'opprett et nytt planrepositorium med ett dokument av hver type, CI-arbeidsflyter og editoroppsett; overskriver aldri filer og nekter inne i et eksisterende',
      diff: 'hva som er endret i planen mellom to git-referanser, per dokument-id (head: arbeidskopien)',
      arshjul: 'årshjulet for kalenderne: et SVG-hjul, en HTML-side, en ICS-strøm eller en Markdown-tabell',
      report: 'lag et dokument fra en Handlebars-mal (innebygde: handlingsprogram, tertialrapport, arsberetning, gevinstplan)',
      site: 'planen som et statisk nettsted: forside, en side per innsatsområde og mål, søk, åpne data',
      matrix: 'vesentlighetsmatrisen: betydning × påvirkning, med de prioriterte delmålene uthevet',
      trace: 'den røde tråden bærekraftsdelmål → mål → indikator / tiltak / gevinst, med hullene',
      budget: 'økonomiplanen til et handlingsprogram: de lovpålagte oversiktene for drift og investering, rammer per enhet og finansielle måltall',
      status: 'indikatorenes målekart for et år: interaktivt i en terminal, ellers en tabell',
      import: 'hent tall inn i repositoriet utenfra',
      ssb: 'indikatorverdier fra Statistisk sentralbyrå: JSON-stat-filer (1.x eller 2.0) eller tabeller hentet fra PxWebApi v2',
      help: 'vis hjelp for en kommando',
    } as Record<string, string>,
    options: {
      '[dir]': 'en mappe i repositoriet (standard: arbeidsmappen)',
      '--root': 'repositoriets mappe (det samme som [mappe])',
      '--out': 'skriv til denne filen i stedet for stdout',
      '--force': 'overskriv --out-filen hvis den finnes',
      '--locale': 'språket i utdataene: nb, nn eller en (standard: arbeidsområdets locale)',
      '--no-color': 'ingen farger, heller ikke i en terminal',
      '--allow-errors': 'avslutt med 0 selv om repositoriet har feil (de skrives fortsatt ut; ugyldige dokumenter utelates)',
      '--help': 'vis hjelp for kommandoen',
      '--version': 'vis versjonsnummeret',
      '--fix': 'gjør de trygge, mekaniske rettelsene på stedet i stedet for å rapportere: det samme som plan fix',
      '--dry-run': 'vis endringene som en diff og skriv ingenting',
      '--quiet': 'rapporter bare feil',
      '--max-warnings': 'avslutt med 1 når det er flere advarsler enn dette',
      '--max-file-size': 'hopp over filer større enn dette (standard 10MB)',
    } as Record<string, string>,
    /** Usage errors of single commands (budget, arshjul). */
    usage: {
      noBudget: 'repositoriet har ikke noe Budget (økonomiplan); docs/okonomiplan.md viser hvordan du skriver et',
      svgOneYear: '--format svg tegner ett år; bruk --year, eller --format html for flere år',
      yearAndRange: 'oppgi enten --year eller --from/--to, ikke begge',
      toBeforeFrom: (to: number, from: number) => `--to ${to} ligger før --from ${from}`,
      rangeTooLong: 'en periode på høyst 50 år, takk',
      calendarNotIncluded: (id: string) => `den innebygde kalenderen «${id}» er ikke tatt med; legg den til under calendars.include i plan.yaml`,
      noCalendar: (id: string, hint: string) => `finner ingen kalender «${id}»; ${hint}`,
      calendars: (ids: string) => `kalendere: ${ids}`,
      noCalendars: 'repositoriet har ingen kalendere',
    },
    dryRunNeedsFix: '--dry-run krever --fix (eller bruk plan fix --dry-run)',
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
  /** The words of discovery and reading (src/workspace/): links, unreadable files, the size limit, the catalog file. */
  fileText: {
    megabytes: (mb: number) => `${mb.toFixed(1).replace('.', ',')} MB`,
    linkBroken: 'den symbolske lenken er brutt eller går i ring; den ble hoppet over',
    linkOutside: 'den symbolske lenken peker ut av repositoriet; den ble ikke fulgt',
    problem: {
      missing: 'finnes ikke',
      loop: 'er en symbolsk lenke som går i ring',
      outside: 'peker ut av repositoriet; den ble ikke fulgt',
      notFile: 'er ikke en vanlig fil',
      unreadable: (code: string) => `kan ikke leses (${code})`,
    },
    notRead: (problem: string) => `filen ${problem}; den ble ikke lest`,
    cannotRead: (code: string) => `kan ikke lese filen: ${code}`,
    tooLarge: (size: string, limit: string) => `filen er ${size}, over grensen på ${limit}; den ble ikke lest`,
    tooLargeHint: 'hev grensen med --max-file-size hvis filen skal være så stor',
    catalog: (path: string, problem: string) => `katalogen «${path}» ${problem}`,
    catalogRead: (path: string, message: string) => `katalogen «${path}»: ${message}`,
  },
  /** The load stage's words: file and YAML errors (src/load/parse-file.ts); the YAML library's own message follows in brackets. */
  yamlText: {
    binary: 'filen er binær (den inneholder en NUL-byte), ikke YAML-tekst',
    encoding: 'filen er ikke gyldig UTF-8',
    couldNotParse: (detail: string) => `kunne ikke lese filen: ${detail}`,
    tooDeep: 'dokumentet er nestet for dypt til å behandles',
    duplicateKey: 'samme nøkkel står to ganger i samme mapping',
    aliasRecursive: 'aliaset står inne i noden det viser til (en rekursiv struktur)',
    aliasCount: (count: number, limit: number) => `for mange aliaser: ${count} i ett dokument, grensen er ${limit}`,
    aliasOther: (detail: string) => `for mange aliaser: ${detail}`,
    aliasHint: 'skriv ut aliasene for hånd; planverk begrenser dem for å stoppe aliasbomber',
    empty: 'filen inneholder ingen YAML-dokumenter og ble hoppet over',
    /** By the YAML library's error code; a code not listed gets `other`. */
    codes: {
      BAD_INDENT: 'innrykket stemmer ikke med linjene rundt',
      TAB_AS_INDENT: 'tabulator brukt som innrykk; YAML krever mellomrom',
      MISSING_CHAR: 'et tegn mangler (et avsluttende anførselstegn, komma eller kolon)',
      MULTILINE_IMPLICIT_KEY: 'en nøkkel går over flere linjer, eller en verdi mangler kolon',
      BLOCK_AS_IMPLICIT_KEY: 'en blokk står der en nøkkel skulle stå',
      BLOCK_IN_FLOW: 'en blokk står inne i [ ] eller { }',
      UNEXPECTED_TOKEN: 'uventet tegn her',
      BAD_DQ_ESCAPE: 'ugyldig escape-sekvens (\\) i en tekst i doble anførselstegn',
      BAD_SCALAR_START: 'verdien kan ikke begynne med dette tegnet uten anførselstegn',
      BAD_ALIAS: 'aliaset viser ikke til noe anker',
      DUPLICATE_KEY: 'samme nøkkel står to ganger i samme mapping',
      KEY_OVER_1024_CHARS: 'nøkkelen er lengre enn 1024 tegn',
      MULTIPLE_DOCS: 'flere dokumenter der ett var ventet',
    } as Record<string, string>,
    other: 'feil i YAML-syntaksen',
    withDetail: (sentence: string, detail: string) => `${sentence} (YAML: ${detail})`,
  },
  /** Hints for the mistakes people writing plan YAML by hand make most (issue 18), in the run's locale (src/check/schema.ts). */
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
  /** The pages of `plan site` (src/output/site/pages.ts) that the report words do not cover. */
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
  /** The økonomiplan section of `plan diff` (src/output/diff/okonomiplan.ts). */
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
  /**
   * The rest of the CLI's words (issue 18): the descriptions of options and arguments
   * only one command has (by command name, then long flag or argument name), the
   * placeholders and extras commander prints in --help, the argument parsers'
   * errors, commander's own errors, and a sentence per schema `pattern`.
   */
  cliMore: {
    /** What `[options]`, `[command]` and the argument and placeholder names read as in --help. */
    terms: {
      options: 'valg',
      command: 'kommando',
      names: { dir: 'mappe', file: 'fil', 'format=path': 'format=sti', size: 'størrelse', yyyy: 'åååå', mode: 'måte', template: 'mal', sources: 'kilder', name: 'navn', year: 'år', date: 'dato', locale: 'språk', command: 'kommando' } as Record<string, string>,
    },
    /** The extras commander adds to a description: "(valg: "nb", "nn", "en")". */
    extras: {
      choices: (list: string) => `valg: ${list}`,
      default: (value: string) => `standard: ${value}`,
      preset: (value: string) => `forhåndsvalgt: ${value}`,
      env: (name: string) => `miljøvariabel: ${name}`,
    },
    /** `--format`'s description, from the registry of formats (src/output/formats.ts formatHelp). */
    format: {
      output: 'utdataformat',
      help: (prefix: string, formats: string, otherwise: string) => `${prefix}: ${formats} (standard: etter filendelsen til --out, ellers ${otherwise})`,
      validate: (formats: string) => `utdataformat, kan gjentas: ${formats} (standard: stylish)`,
      statusWhat: 'en tabell i stedet for den interaktive visningen',
      statusOtherwise: 'interaktiv i en terminal, text i andre tilfeller',
    },
    /** The arguments only one command has, by command and argument name. */
    arguments: {
      init: { dir: 'mappen det skal opprettes i (standard: arbeidsmappen)' },
      diff: {
        base: 'en git-referanse (gren, tagg, SHA, HEAD~1) eller et område: a..b, a...b (fra flettebasen)',
        head: 'en git-referanse å sammenligne med (standard: arbeidskopien)',
      },
      report: { template: 'malnavn (slås opp i templates/ i repositoriet, deretter blant de innebygde) eller sti til en .hbs-fil' },
      ssb: { sources: 'JSON-stat-filer, tabellnumre på fem sifre som skal hentes, og repositoriets mappe (standard: alle tabellene indikatorene nevner)' },
    },
    /** The options only one command has (or describes in words of its own), by command and long flag. */
    options: {
      validate: {
        '--output-file': 'skriv også rapporten i FORMAT til STI, kan gjentas (f.eks. sarif=plan.sarif, eller plan.sarif: filendelsen angir formatet)',
        '--out': 'det samme som --output-file (-o betyr --out i alle kommandoer)',
        '--force': 'overskriv --output-file-filer som finnes',
      },
      schema: {
        '--out': 'skriv ett skjema per dokumenttype, de felles definisjonene og det samlede planverk.schema.json til denne mappen',
        '--force': 'overskriv skjemafiler som finnes i --out',
      },
      init: {
        '--root': 'mappen det skal opprettes i (det samme som [mappe])',
        '--name': 'kommunenavnet, f.eks. «Asker kommune»',
        '--number': 'kommunenummeret (4 sifre)',
        '--locale': 'språket i rapportene: nb, nn eller en (standard: LC_ALL, LC_MESSAGES eller LANG, ellers nb)',
        '--first-election-year': 'første valgår for valgperiodene (standard: det siste valget)',
        '--yes': 'spør ikke om noe: bruk standardverdier for det flaggene ikke sier',
        '--force': 'overskriv filer som finnes',
        '--dry-run': 'list filene som ville blitt opprettet eller overskrevet, og skriv ingenting',
      },
      diff: {
        '--exit-code': 'avslutt med 1 når noe er endret, som git diff --exit-code',
      },
      arshjul: {
        '--calendar': 'én kalender (en Calendar-id eller en innebygd kalender som er tatt med); standard: alle sammen',
        '--year': 'året (standard: i år)',
        '--from': 'første år i en periode',
        '--to': 'siste år i en periode',
        '--start-month': 'måneden øverst i hjulet og først i listene, 1–12 (standard 1)',
        '--month-events': 'ics: en hendelse som bare er tidfestet til en måned, som én dag den 1., merket «i løpet av <måned>» (day, standard) eller som et spenn over hele måneden (span)',
      },
      report: {
        '--plan': 'planen det skal rapporteres om (standard: den eneste planen av malens type)',
        '--report': 'statusrapporten (StatusReport) for tertialrapport og arsberetning (standard: den siste av sin type)',
        '--reference-docx': 'docx: hent stilene fra dette Word-dokumentet (skrifter, farger, overskriftsstiler)',
      },
      site: {
        '--plan': 'planen (standard: det eneste handlingsprogrammet)',
        '--out': 'mappen nettstedet skal skrives til',
        '--force': 'skriv inn i en mappe som ikke er tom',
      },
      matrix: { '--assessment': 'vesentlighetsvurderingen (MaterialityAssessment) (standard: den eneste)' },
      trace: { '--plan': 'følg bare én plan (standard: hele repositoriet)' },
      budget: { '--plan': 'handlingsprogrammet hvis Budget skal vises (standard: det eneste Budget)' },
      status: {
        '--year': 'året som skal måles (standard: det siste året med data)',
        '--plan': 'én plan (standard: alle planer med mål)',
        '--as-of': 'dagen fristene for gevinstene måles mot (standard: i dag)',
      },
      ssb: {
        '--dry-run': 'vis hva som ville blitt endret, og skriv ingenting',
        '--indicator': 'importer bare denne indikatoren; kan gjentas',
        '--api': 'adressen til PxWebApi v2 (standard: https://data.ssb.no/api/pxwebapi/v2)',
        '--table': 'SSB-tabellen til en fil der datasettet ikke oppgir den',
        '--status': 'merk alle importerte verdier (standard: det datasettet sier)',
      },
    },
    /** The argument parsers' errors (src/cli.ts), after commander's "ugyldig verdi … for --flag:". */
    parse: {
      wholeNumber: 'ventet et helt tall, 0 eller mer',
      byteSize: 'ventet en størrelse som 50MB, 512kb eller 1048576',
      oneOf: (list: string) => `ventet én av ${list}`,
      outputFile: 'ventet FORMAT=STI (f.eks. sarif=plan.sarif) eller et filnavn som slutter på .json, .sarif eller .xml',
      outputFileEmpty: 'ventet FORMAT=STI, f.eks. sarif=plan.sarif',
      unknownFormat: (format: string, list: string) => `ukjent format «${format}»; ventet én av ${list}`,
      year: (flag: string) => `${flag} krever et årstall fra 1900 til 2200`,
      month: 'ventet et månedsnummer fra 1 til 12',
      dayOrSpan: 'ventet day eller span',
      date: 'ventet en dato som 2026-08-31',
      ssbTable: 'ventet SSBs tabellnummer på fem sifre, f.eks. 12134',
    },
    /** commander's own errors, in the run's language (src/cli.ts PlanCommand.error). */
    commander: {
      invalidOption: (flags: string, value: string, reason: string) => `ugyldig verdi «${value}» for ${flags}: ${reason}`,
      invalidArgument: (name: string, value: string, reason: string) => `ugyldig verdi «${value}» for argumentet ${name}: ${reason}`,
      choices: (list: string) => `velg én av ${list}`,
      missingArgument: (name: string) => `argumentet ${name} mangler`,
      optionMissingArgument: (flags: string) => `${flags} mangler en verdi`,
      missingMandatory: (flags: string) => `valget ${flags} må oppgis`,
      unknownOption: (flag: string) => `ukjent valg ${flag}`,
      unknownCommand: (name: string) => `ukjent kommando «${name}»`,
      didYouMean: (names: string) => `mente du ${names}?`,
      tooMany: (command: string | undefined, expected: number, got: number) => `for mange argumenter${command ? ` til ${command}` : ''}: ventet ${expected}, fikk ${got}`,
      internal: (message: string) => `intern feil: ${message}`,
    },
    /** `--format` against `--out` (src/output/formats.ts chooseFormat). */
    formats: {
      noFormat: (command: string, format: string, list: string) => `plan ${command} har ikke formatet «${format}»; én av: ${list}`,
      contradicts: (format: string, out: string, named: string, ext: string) => `--format ${format} strider mot --out ${out}, der filendelsen betyr ${named}; dropp --format, eller la filnavnet slutte på ${ext}`,
      cannotWrite: (command: string, named: string, out: string, list: string, takes: string) => `plan ${command} kan ikke skrive ${named} (--out ${out}); den skriver ${list}: gi filen endelsen ${takes}`,
      cannotTell: (command: string, out: string, takes: string, list: string) => `plan ${command} kan ikke se formatet av --out ${out}; gi filen endelsen ${takes}, eller oppgi --format (${list})`,
      or: ' eller ',
      another: 'en annen endelse',
    },
    /** `plan init`'s report and refusals (src/commands/init.ts), in the language of the new repository. */
    init: {
      notFolder: (dir: string) => `${dir} er ikke en mappe`,
      inside: (dir: string, root: string, file: string) =>
        `${dir} ligger inne i planrepositoriet ${root} (${file}); ingenting ble skrevet. En plan.yaml her ville startet et nytt repositorium der dokumentene gjentar id-ene til det første. Legg dokumentene til i det repositoriet, eller kjør plan init i en mappe utenfor.`,
      conflictsInRepository: (dir: string, n: number) => `${dir} har allerede et planrepositorium (plan.yaml), og ${n} av filene som skal opprettes finnes`,
      conflicts: (dir: string, n: number) => `${n} av filene som skal opprettes finnes allerede i ${dir}`,
      nothingWritten: (what: string) => `${what}; ingenting ble skrevet (bruk --force for å overskrive dem):`,
      created: (name: string, dir: string) => `opprettet et planrepositorium for ${name} i ${dir}:`,
      next: (dir: string) => `neste: plan validate ${dir}, deretter commit og push: .github/workflows/ kontrollerer hver pull request og kommenterer hva den endrer`,
      wouldRefuse: (dir: string, inRepository: boolean, n: number) => `plan init ville ikke skrevet noe i ${dir}: ${inRepository ? 'den har allerede et planrepositorium (plan.yaml), og ' : ''}${n} av filene finnes (--force overskriver dem)`,
      wouldWrite: (n: number, dir: string, overwriting: number) => `plan init ville skrevet ${n} filer i ${dir}${overwriting > 0 ? `, og overskrevet ${overwriting}` : ''}`,
      marks: { create: 'opprett', exists: 'finnes', overwrite: 'overskriv' },
    },
    /** Writing files (src/write/): the "wrote" line and the refusals of the atomic write. */
    write: {
      wrote: (out: string) => `skrev ${out}`,
      events: (n: number) => ` (${n} ${n === 1 ? 'hendelse' : 'hendelser'})`,
      binaryTerminal: 'dokumentet er binært og stdout er en terminal; skriv det til en fil med --out',
      namesFolder: (name: string) => `${name}: er navnet på en mappe, ikke en fil`,
      notFolder: (dir: string) => `${dir}: er ikke en mappe`,
      noSuchFolder: (dir: string) => `${dir}: mappen finnes ikke`,
      outside: (path: string, within: string) => `${path}: ligger utenfor ${within}; plan skriver bare inne i mappen du oppgir`,
      isLink: (path: string) => `${path} er en symbolsk lenke; plan skriver ikke gjennom eller over lenker`,
      isFolder: (path: string) => `${path} er en mappe`,
      notRegular: (path: string) => `${path} er ikke en vanlig fil`,
      exists: (path: string) => `${path} finnes; bruk --force for å overskrive den`,
      cannotWriteReport: (format: string, message: string) => `kan ikke skrive ${format}-rapporten: ${message}`,
      cannotWriteReportAt: (format: string, path: string, message: string) => `kan ikke skrive ${format}-rapporten ${path}: ${message}`,
      tooManyWarnings: (n: number, max: number) => `${n} advarsler, flere enn --max-warnings ${max}`,
      wroteFiles: (out: string, files: string) => `skrev ${out} (${files})`,
      siteNeedsOut: 'plan site trenger --out MAPPE, mappen nettstedet skal skrives til',
      siteNotEmpty: (out: string) => `${out} er ikke tom; bruk --force for å skrive over nettstedet i den`,
      schemasExist: (dir: string) => `disse filene finnes i ${dir}; bruk --force for å overskrive dem:`,
      wroteSchemas: (n: number, dir: string) => `skrev ${n} skjemaer til ${dir}`,
    },
    /** Finding the repository (src/workspace/find-root.ts). */
    root: {
      noSuchFolder: (start: string) => `${start}: mappen finnes ikke`,
      notFolder: (start: string) => `${start}: er ikke en mappe`,
      planIsFolder: (path: string) => `${path} er en mappe; plan.yaml må være en fil med Workspace-dokumentet`,
      noPlan: (from: string) => `fant ingen plan.yaml i ${from} eller noen mappe over den`,
    },
    /** `plan diff`'s refs (src/diff/git-source.ts). */
    gitRefs: {
      unknownRef: (ref: string, shallow: boolean) => `ukjent git-referanse «${ref}»${shallow ? ' (dette er en grunn klone: hent referansen eller mer historikk, f.eks. fetch-depth: 0)' : ''}`,
      rangeAndRefs: (base: string) => `oppgi enten et område («${base}») eller to referanser, ikke begge`,
      noMergeBase: (a: string, b: string) => `«${a}» og «${b}» har ingen flettebase; i en grunn klone, hent mer historikk (f.eks. fetch-depth: 0)`,
      noPlan: (start: string, where: string) => `fant ingen plan.yaml i ${start} eller noen mappe over den (så i ${where})`,
      workingTree: 'arbeidskatalogen',
      or: ' og ',
    },
    /** Refusals and warnings of the rendering commands (report, budget, arshjul). */
    render: {
      reportHasErrors: (id: string) => `statusrapporten «${id}» har feil (kjør plan validate)`,
      noReport: (id: string, ids: string) => `finner ingen statusrapport «${id}»${ids ? `; velg en av: ${ids}` : ''}`,
      noReportOfType: (type: string) => `repositoriet har ingen statusrapport av typen ${type}; docs/reporting.md viser hvordan du skriver en`,
      budgetHasErrors: (id: string) => `budsjettet «${id}» har feil, så oversiktene kan ikke regnes ut (kjør plan validate)`,
      unplaced: (n: number, events: string) => `advarsel: ${n} ${n === 1 ? 'hendelse' : 'hendelser'} med councilYear er utelatt (${events}): sett firstElectionYear i plan.yaml`,
    },
    /** Usage errors found before the repository is read (validate's formats, binary reports). */
    usage: {
      unknownFormat: (name: string, list: string) => `ukjent format «${name}»; én av: ${list}`,
      twice: (path: string) => `--output-file nevner ${path} to ganger`,
      oneToStdout: (formats: string) => `bare ett format kan gå til stdout, fikk ${formats}; skriv de andre med --output-file FORMAT=STI`,
      and: ' og ',
      binaryNeedsOut: (format: string) => `--format ${format} skriver en binærfil; gi den et navn med --out`,
      docxFor: (list: string) => `--format docx finnes for: ${list}`,
    },
    /** What a schema `pattern` means, by the pattern (src/check/schema.ts); a pattern not here falls back to the schema's English description. */
    patterns: {
      '^[a-z0-9][a-z0-9._-]*$': 'en id: små bokstaver, sifre, «.», «_» og «-», og den begynner med en bokstav eller et siffer',
      '^[0-9]{5}$': 'SSBs tabellnummer: fem sifre, i anførselstegn så en innledende null blir stående, f.eks. "09220" eller "12134"',
      '^[A-Za-z0-9._-]+$': 'en kategori i tabellens statistikkvariabel (ContentsCode), f.eks. KOSAG110000: bokstaver, sifre, «.», «_» og «-»',
      '^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$': 'en SSB-regionkode i anførselstegn: "0" hele landet, to sifre et fylke, fire sifre en kommune, eller en KOSTRA-gruppe som EKA32 eller EAK',
      '^[0-9]{4}$': 'et kommunenummer på fire sifre i anførselstegn, f.eks. "3203"',
      '^[A-Z]{3}$': 'en valutakode etter ISO 4217 (tre store bokstaver, f.eks. NOK) for budsjettallene',
    } as Record<string, string>,
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
