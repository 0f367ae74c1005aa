import { makeEscaper, visible } from './unsafe.js';

/*
 * GitHub Actions workflow commands (`::error file=…::message`). The runner decodes
 * %25, %0D and %0A in the message and also %3A and %2C in properties; everything
 * else stays as written, so controls and `::`/`##[` show as visible escapes.
 */
const data = makeEscaper({ special: { '%': '%25', '\n': '%0A' }, colon: visible(':'), hash: visible('#') });
const property = makeEscaper({ special: { '%': '%25', '\n': '%0A', ':': '%3A', ',': '%2C' }, colon: '%3A', hash: visible('#') });

/** The message part of a workflow command: one line, whatever the text holds. */
export function escapeData(s: string): string {
  return data(s);
}

/** A property value of a workflow command: also `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return property(s);
}
