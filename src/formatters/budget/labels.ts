import type { Locale } from '../../catalog/catalog.js';
import type { InvestmentLine, OperatingKeyFigure, OperatingLine } from '../../model/okonomiplan/lines.js';
import type { TargetName } from '../../model/okonomiplan/model.js';

/**
 * Every word `plan budget` prints, per locale. The line names of nb are those of
 * budsjett- og regnskapsforskriften §§ 5-4 and 5-5; nn follows the nynorsk forms
 * municipalities use in their løyvingsoversikter; en translates them.
 */
export interface BudgetLabels {
  /** Below the title: the plan and what the amounts are counted in. */
  subtitle: (plan: string, unit: string) => string;
  tables: { operating: string; frames: string; framesDetail: string; investment: string; investmentMeasures: string; targets: string };
  columns: { number: string; line: string; unit: string; measure: string; target: string; bound: string; total: string };
  dispositionsHeading: string;
  operating: Record<OperatingLine, string>;
  investment: Record<InvestmentLine, string>;
  keyFigures: Record<OperatingKeyFigure, string>;
  targets: Record<TargetName, string>;
  min: (percent: string) => string;
  max: (percent: string) => string;
  met: string;
  missed: string;
  notMeasurable: string;
  noTargets: string;
  noMeasureInvestments: string;
  /** The total of all frames (del 2), equal to del 1 line 6. */
  framesTotal: string;
  /** Del 2's last line: all investments in fixed assets, equal to del 1 line 1. */
  investmentMeasuresTotal: string;
  otherInvestments: string;
  base: (basisYear: number | null) => string;
  changeTypes: Record<string, string>;
  measure: (title: string) => string;
  unitTotal: (unit: string) => string;
  balanced: string;
  unbalanced: (years: string) => string;
}

const nb: BudgetLabels = {
  subtitle: (plan, unit) => `${plan} · beløp ${unit}`,
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
  min: (p) => `minst ${p}`,
  max: (p) => `høyst ${p}`,
  met: 'nådd',
  missed: 'ikke nådd',
  notMeasurable: 'kan ikke måles',
  noTargets: 'Økonomiplanen har ingen finansielle måltall.',
  noMeasureInvestments: 'Ingen tiltak i handlingsprogrammet har investeringer i planperioden.',
  framesTotal: 'Sum bevilgninger drift, netto',
  investmentMeasuresTotal: 'Sum investeringer i varige driftsmidler',
  otherInvestments: 'Andre investeringer i varige driftsmidler',
  base: (year) => (year === null ? 'Basisramme' : `Ramme ${year}`),
  changeTypes: { technical: 'teknisk justering', demography: 'demografi', price: 'lønns- og prisvekst', political: 'politisk vedtak', saving: 'innsparing', other: 'annet' },
  measure: (title) => `Tiltak: ${title}`,
  unitTotal: (unit) => `Netto ramme ${unit}`,
  balanced: 'Økonomiplanen er i balanse i alle år, både drift og investering.',
  unbalanced: (years) => `Økonomiplanen er ikke i balanse i ${years} (se plan validate).`,
};

const nn: BudgetLabels = {
  ...nb,
  tables: {
    operating: 'Løyvingsoversikt drift, del 1 (budsjett- og rekneskapsforskrifta § 5-4 første ledd)',
    frames: 'Løyvingsoversikt drift, del 2: netto rammer per eining (§ 5-4 andre ledd)',
    framesDetail: 'Rammene i detalj: basis, endringar og tiltak',
    investment: 'Løyvingsoversikt investering, del 1 (§ 5-5 første ledd)',
    investmentMeasures: 'Løyvingsoversikt investering, del 2: investeringar per tiltak (§ 5-5 andre ledd)',
    targets: 'Finansielle måltal',
  },
  columns: { number: 'Nr.', line: 'Linje', unit: 'Eining', measure: 'Tiltak', target: 'Måltal', bound: 'Mål', total: 'Sum' },
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
  max: (p) => `høgst ${p}`,
  missed: 'ikkje nådd',
  notMeasurable: 'kan ikkje målast',
  noTargets: 'Økonomiplanen har ingen finansielle måltal.',
  noMeasureInvestments: 'Ingen tiltak i handlingsprogrammet har investeringar i planperioden.',
  framesTotal: 'Sum løyvingar drift, netto',
  investmentMeasuresTotal: 'Sum investeringar i varige driftsmiddel',
  otherInvestments: 'Andre investeringar i varige driftsmiddel',
  changeTypes: { technical: 'teknisk justering', demography: 'demografi', price: 'løns- og prisvekst', political: 'politisk vedtak', saving: 'innsparing', other: 'anna' },
  balanced: 'Økonomiplanen er i balanse i alle år, både drift og investering.',
  unbalanced: (years) => `Økonomiplanen er ikkje i balanse i ${years} (sjå plan validate).`,
};

const en: BudgetLabels = {
  subtitle: (plan, unit) => `${plan} · amounts ${unit}`,
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
};

export const BUDGET_LABELS: Record<Locale, BudgetLabels> = { nb, nn, en };
