import { describe, expect, it } from 'vitest';
import { budgetView } from '../../src/output/budget/view.js';
import { fixtureTree } from './fixture.js';
import { modelOf, rowsOf, tableOf } from './tables.js';

// Every value below is worked out by hand in the comments of test/fixtures/budget/small/budget.yaml.
const view = budgetView(modelOf(fixtureTree('small')), 'nb');

describe('the hand-computed fixture: every line of every table', () => {
  it('bevilgningsoversikt drift, del 1', () => {
    expect(rowsOf(tableOf(view, 'operating'))).toEqual([
      ['1', 'Rammetilskudd', '2000', '2050'],
      ['2', 'Inntekts- og formuesskatt', '3800', '3900.2'],
      ['3', 'Eiendomsskatt', '100', '100'],
      ['4', 'Andre generelle driftsinntekter', '50.3', '49.9'],
      ['5', 'Sum generelle driftsinntekter', '5950.3', '6100.1'],
      ['6', 'Korrigert sum bevilgninger drift, netto', '5705', '5840'],
      ['7', 'Avskrivninger', '200', '210'],
      ['8', 'Sum netto driftsutgifter', '5905', '6050'],
      ['9', 'Brutto driftsresultat', '45.3', '50.1'],
      ['10', 'Renteinntekter', '40', '42'],
      ['11', 'Utbytter', '10.1', '10'],
      ['12', 'Gevinster og tap på finansielle omløpsmidler', '-5', '0'],
      ['13', 'Renteutgifter', '60', '65.5'],
      ['14', 'Avdrag på lån', '150', '155'],
      ['15', 'Netto finansutgifter', '-164.9', '-168.5'],
      ['16', 'Motpost avskrivninger', '200', '210'],
      ['17', 'Netto driftsresultat', '80.4', '91.6'],
      ['', 'Disponering eller dekning av netto driftsresultat'],
      ['18', 'Overføring til investering', '20', '25'],
      ['19', 'Avsetninger til bundne driftsfond', '5', '0'],
      ['20', 'Bruk av bundne driftsfond', '2', '3.4'],
      ['21', 'Avsetninger til disposisjonsfond', '57.4', '70'],
      ['22', 'Bruk av disposisjonsfond', '0', '0'],
      ['23', 'Dekning av tidligere års merforbruk', '0', '0'],
      ['24', 'Sum disponeringer eller dekning av netto driftsresultat', '80.4', '91.6'],
      ['25', 'Fremført til inndekning i senere år (merforbruk)', '0', '0'],
    ]);
  });

  it('bevilgningsoversikt drift, del 2, and each unit’s frame in detail', () => {
    const frames = tableOf(view, 'frames');
    expect(rowsOf(frames)).toEqual([
      ['', 'Helse', '3129.8', '3289.9'],
      ['', 'Skole', '2575', '2550'],
      ['', 'Kultur', '0.2', '0.1'],
      ['', 'Sum bevilgninger drift, netto', '5705', '5840'],
    ]);
    expect(frames.details!.tables.map((t) => [t.title, rowsOf(t)])).toEqual([
      [
        'Helse',
        [
          ['', 'Ramme 2026', '3000', '3000'],
          ['', 'Flere eldre (demografi)', '60', '120'],
          ['', 'Effektivisering (innsparing)', '-30.3', '-30.3'],
          ['', 'Tiltak: Velferdsteknologi', '100.1', '200.2'],
          ['', 'Netto ramme Helse', '3129.8', '3289.9'],
        ],
      ],
      [
        'Skole',
        [
          ['', 'Ramme 2026', '2500', '2500'],
          ['', 'Prisvekst (lønns- og prisvekst)', '75', '0'],
          ['', 'Tiltak: Nytt skolebygg', '0', '50'],
          ['', 'Netto ramme Skole', '2575', '2550'],
        ],
      ],
      [
        'Kultur',
        [
          ['', 'Ramme 2026', '0', '0'],
          ['', 'Tiltak: Kulturkort for unge', '0.2', '0.1'],
          ['', 'Netto ramme Kultur', '0.2', '0.1'],
        ],
      ],
    ]);
  });

  it('bevilgningsoversikt investering, del 1', () => {
    expect(rowsOf(tableOf(view, 'investment'))).toEqual([
      ['1', 'Investeringer i varige driftsmidler', '1600', '2000.5'],
      ['', 'herav tiltak i handlingsprogrammet', '1500', '2000.5'],
      ['', 'herav andre investeringer', '100', '0'],
      ['2', 'Tilskudd til andres investeringer', '10', '0'],
      ['3', 'Investeringer i aksjer og andeler i selskaper', '5', '0'],
      ['4', 'Utlån av egne midler', '0', '0.2'],
      ['6', 'Sum investeringsutgifter', '1615', '2000.7'],
      ['7', 'Kompensasjon for merverdiavgift', '300', '400.1'],
      ['8', 'Tilskudd fra andre', '50', '0'],
      ['9', 'Salg av varige driftsmidler', '40', '0'],
      ['13', 'Bruk av lån', '1210', '1575.6'],
      ['14', 'Sum investeringsinntekter', '1600', '1975.7'],
      ['20', 'Overføring fra drift', '20', '25'],
      ['', 'Avsetninger til investeringsfond', '10', '0'],
      ['', 'Bruk av investeringsfond', '5', '0'],
      ['26', 'Sum overføring fra drift og netto avsetninger', '15', '25'],
      ['27', 'Fremført til inndekning i senere år (udekket beløp)', '0', '0'],
    ]);
  });

  it('bevilgningsoversikt investering, del 2 (per measure), tied to line 1', () => {
    expect(rowsOf(tableOf(view, 'investmentMeasures'))).toEqual([
      ['', 'Velferdsteknologi', '500', '0', '500'],
      ['', 'Nytt skolebygg', '1000', '2000.5', '3000.5'],
      ['', 'Andre investeringer i varige driftsmidler', '100', '0', '100'],
      ['', 'Sum investeringer i varige driftsmidler', '1600', '2000.5', '3600.5'],
    ]);
  });

  it('the financial targets against the plan', () => {
    expect(rowsOf(tableOf(view, 'targets'))).toEqual([
      ['', 'Brutto driftsinntekter', '', '7000', '7200'],
      ['', 'Disposisjonsfond ved årets slutt', '', '400', '470'],
      ['', 'Netto lånegjeld ved årets slutt', '', '5600', '6400'],
      ['', 'Netto driftsresultat i % av brutto driftsinntekter', 'minst 1\u00a0%', '1.1 met', '1.3 met'],
      ['', 'Disposisjonsfond i % av brutto driftsinntekter', 'minst 5\u00a0%', '5.7 met', '6.5 met'],
      ['', 'Netto lånegjeld i % av brutto driftsinntekter', 'høyst 90\u00a0%', '80 met', '88.9 met'],
    ]);
    expect(view.balance).toBe('Økonomiplanen er i balanse i alle år, både drift og investering.');
  });
});
