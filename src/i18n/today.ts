/**
 * Today's date as YYYY-MM-DD. With SOURCE_DATE_EPOCH set (seconds since 1970, the
 * reproducible-builds convention) it is that instant's day in UTC, so a report
 * built twice from the same commit reads the same; else the local day of `now`.
 */
export function today(env: Record<string, string | undefined> = {}, now: () => Date = () => new Date()): string {
  return isoDay(clock(env, now), env.SOURCE_DATE_EPOCH !== undefined && EPOCH.test(env.SOURCE_DATE_EPOCH));
}

/** The instant a run treats as now: SOURCE_DATE_EPOCH when set to whole seconds, else the clock. */
export function clock(env: Record<string, string | undefined> = {}, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && EPOCH.test(epoch) ? new Date(Number(epoch) * 1000) : now();
}

const EPOCH = /^\d+$/;

function isoDay(date: Date, utc: boolean): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return utc
    ? `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
    : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
