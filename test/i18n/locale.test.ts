import { describe, expect, it } from 'vitest';
import { isLocale, localeFromEnv, resolveLocale } from '../../src/i18n/locale.js';
import { clock, today } from '../../src/i18n/today.js';

describe('resolveLocale', () => {
  it('takes --locale over the workspace and the environment', () => {
    expect(resolveLocale({ flag: 'en', workspace: 'nn', hasWorkspace: true, env: { LANG: 'nb_NO.UTF-8' } })).toBe('en');
  });

  it('takes the workspace locale over the environment', () => {
    expect(resolveLocale({ workspace: 'nn', hasWorkspace: true, env: { LANG: 'en_GB.UTF-8' } })).toBe('nn');
  });

  it('asks the environment only when there is no workspace', () => {
    expect(resolveLocale({ hasWorkspace: true, env: { LANG: 'en_GB.UTF-8' } })).toBe('nb');
    expect(resolveLocale({ hasWorkspace: false, env: { LANG: 'en_GB.UTF-8' } })).toBe('en');
  });

  it('treats an invalid workspace locale as not set', () => {
    expect(resolveLocale({ workspace: 'xx', hasWorkspace: true })).toBe('nb');
  });

  it('reads LC_ALL before LC_MESSAGES before LANG, and no/nb/nn/en only', () => {
    expect(localeFromEnv({ LC_ALL: 'nn_NO.UTF-8', LC_MESSAGES: 'en_US', LANG: 'nb_NO' })).toBe('nn');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8', LANG: 'nb_NO' })).toBe('en');
    expect(localeFromEnv({ LANG: 'no_NO' })).toBe('nb');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBeUndefined();
    expect(localeFromEnv({ LANG: 'C' })).toBeUndefined();
    expect(resolveLocale({ env: { LANG: 'C.UTF-8' } })).toBe('nb');
  });

  it('knows its locales', () => {
    expect(isLocale('nn')).toBe(true);
    expect(isLocale('se')).toBe(false);
  });
});

describe('today', () => {
  it('honours SOURCE_DATE_EPOCH, as a UTC day', () => {
    // 2026-08-31T23:30:00Z: the UTC day, whatever the time zone of the machine.
    expect(today({ SOURCE_DATE_EPOCH: '1788219000' })).toBe('2026-08-31');
    expect(clock({ SOURCE_DATE_EPOCH: '1788219000' }).toISOString()).toBe('2026-08-31T23:30:00.000Z');
  });

  it('uses the clock when SOURCE_DATE_EPOCH is missing or not whole seconds', () => {
    const now = () => new Date(2027, 1, 22, 12);
    expect(today({}, now)).toBe('2027-02-22');
    expect(today({ SOURCE_DATE_EPOCH: 'soon' }, now)).toBe('2027-02-22');
  });
});
