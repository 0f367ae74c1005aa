/**
 * The one ordering of SDG goal and target ids, as people read them and as the
 * catalogue lists them: 3.4 before 3.10, 3.9 before 3.a. Used by
 * every view and by `plan diff`, so the same targets always come in the same order.
 */
export function compareTargets(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (!Number.isNaN(nx) || !Number.isNaN(ny)) {
      return Number.isNaN(nx) ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}
