/** The words of a new repository, in the workspace locale. */
export interface ScaffoldTexts {
  defaultName: string;
  units: { health: string; education: string };
  materialityTitle: string;
  planTitle: (start: number, end: number) => string;
  handlingsprogramTitle: (start: number, end: number) => string;
  budgetTitle: (start: number, end: number) => string;
  demographyChange: string;
  vision: string;
  focusArea: string;
  goalTitle: string;
  strategy: string;
  indicatorTitle: string;
  measureTitle: string;
  benefitTitle: string;
  benefitChange: string;
  calendarTitle: string;
  events: { budget: string; report: string; strategy: string };
  responsibility: string;
  comment: string;
}

export const TEXTS: Record<'nb' | 'nn' | 'en', ScaffoldTexts> = {
  nb: {
    defaultName: 'Eksempel kommune',
    units: { health: 'Helse og omsorg', education: 'Oppvekst' },
    materialityTitle: 'Vesentlighetsvurdering av bærekraftsmålene',
    planTitle: (a, b) => `Kommuneplanens samfunnsdel ${a}–${b}`,
    handlingsprogramTitle: (a, b) => `Handlingsprogram ${a}–${b}`,
    budgetTitle: (a, b) => `Økonomiplan ${a}–${b}`,
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
  nn: {
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
  en: {
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
};
