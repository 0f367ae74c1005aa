/**
 * Text from the repository as Word can hold it. WordprocessingML is XML 1.0:
 * C0 control characters (other than tab and line feed), lone surrogates, U+FFFE and
 * U+FFFF are not characters there even as references, and the docx library writes
 * text as it gets it, so one ESC in a title would make Word refuse the file. They
 * are shown as `\u001b`, as the HTML report shows them; bidi controls stay, since
 * Word lays out right-to-left text with them.
 */
export function docText(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** The generation date of a document: SOURCE_DATE_EPOCH (seconds) when set, so builds are reproducible, else now. */
export function generationDate(env: Record<string, string | undefined>, now = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  return now();
}
