/** What coreScalar returns for a plain scalar that the core schema leaves a string. */
export const NOT_CORE = Symbol('string');
const OCT = /^0o[0-7]+$/;
const DEC = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * What a plain scalar is under the YAML 1.2 core schema of the `yaml` library (null, a
 * boolean or a number), or NOT_CORE when it stays a string. These are yaml's core tags
 * (schema/core: null, bool, intOct, int, intHex, floatNaN, floatExp, float), with the
 * same patterns, in the same order, with the same conversions; the first character
 * only picks which patterns can match at all.
 */
export function coreScalar(s: string | null): unknown {
  if (s === null || s.length === 0) return null;
  const c = s.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return coreWord(s, c);
  return coreNumber(s);
}

function coreWord(s: string, c: number): unknown {
  if (c === 126) return s.length === 1 ? null : NOT_CORE; // ~
  if (c === 110 || c === 78) return s === 'null' || s === 'Null' || s === 'NULL' ? null : NOT_CORE;
  if (c === 116 || c === 84) return s === 'true' || s === 'True' || s === 'TRUE' ? true : NOT_CORE;
  if (c === 102 || c === 70) return s === 'false' || s === 'False' || s === 'FALSE' ? false : NOT_CORE;
  return NOT_CORE;
}

function coreNumber(s: string): unknown {
  // The common forms first, by hand: `[-+]digits` is the first pattern that matches
  // (DEC), `[-+]digits.digits` the first that matches after it (FLOAT).
  const n = s.length;
  let i = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let dot = -1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && dot === -1) dot = i;
    else break;
  }
  if (i === n && digits > 0) return dot === -1 ? parseInt(s, 10) : parseFloat(s);
  if (OCT.test(s)) return parseInt(s.substring(2), 8);
  if (DEC.test(s)) return parseInt(s, 10);
  if (HEX.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_INF.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP.test(s)) return parseFloat(s);
  if (FLOAT.test(s)) return parseFloat(s);
  return NOT_CORE;
}
