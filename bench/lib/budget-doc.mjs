// The Budget document the benches add to a generated repository (bench/generate.mjs).
const UNITS = ['velferd', 'oppvekst', 'samfunnsutvikling', 'samfunnstjenester', 'okonomi', 'organisasjon', 'kultur'];
export const YEARS = [2027, 2028, 2029, 2030];

/** The Budget of plan `hp`: frames for the generator's units; `balance` holds the amounts that make each year balance. */
export function budgetYaml(balance) {
  const frames = UNITS.map((u, i) => `  - unit: ${u}\n    base: ${400000 + i * 50000}\n    changes:\n      - id: prisvekst\n        title: Prisvekst\n        type: price\n        amounts: [${YEARS.map((y, k) => `{ year: ${y}, amount: ${(k + 1) * 8000} }`).join(', ')}]`);
  const operating = YEARS.map((y) => {
    const b = balance[y] ?? { to: 0, from: 0, borrowing: 0 };
    return `  - { year: ${y}, generalGrant: 1500000, incomeTax: 3900000, otherGeneralIncome: 100000, depreciation: 280000, interestIncome: 50000, dividends: 40000, interestExpenses: 200000, loanRepayments: 260000, transferToInvestment: 20000, toUnrestrictedFunds: ${b.to}, fromUnrestrictedFunds: ${b.from}, totalOperatingIncome: 7000000, unrestrictedFundBalance: 600000, netDebt: 6000000 }`;
  });
  const investment = YEARS.map((y) => `  - { year: ${y}, otherInvestments: 300000, vatCompensation: 60000, borrowing: ${balance[y]?.borrowing ?? 0}, transferFromOperating: 20000 }`);
  return `kind: Budget\nid: okonomiplan\ntitle: Økonomiplan 2027–2030\nplan: hp\nbasisYear: 2026\nfinancialTargets:\n  netOperatingResult: { min: -100 }\nframes:\n${frames.join('\n')}\noperating:\n${operating.join('\n')}\ninvestment:\n${investment.join('\n')}\n`;
}

/** What each year needs to balance, from `plan budget --format json` of the unbalanced draft. */
export function balanceOf(draft) {
  const balance = {};
  for (const y of YEARS) {
    const left = draft.operating.carriedForward[y];
    balance[y] = { to: Math.max(left, 0), from: Math.max(-left, 0), borrowing: draft.investment.investmentUncovered[y] };
  }
  return balance;
}
