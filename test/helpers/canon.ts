/** A canonical text of a value: keeps key order, -0, NaN, ±Infinity and odd prototypes visible. */
export function canon(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object') return `${typeof value}:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '!proto';
  return `{${proto}${Object.getOwnPropertyNames(value)
    .map((k) => `${JSON.stringify(k)}:${canon((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}
