import { render } from 'ink';
import type { Io } from '../io.js';
import type { Locale } from '../i18n/locale.js';
import type { Scorecard } from '../model/scorecard.js';
import { StatusApp } from './status-app.js';

/** Runs the interactive scorecard on the terminal of `io` until the user quits. */
export async function runStatusUi(card: Scorecard, locale: Locale, io: Io): Promise<void> {
  const app = render(<StatusApp card={card} locale={locale} />, {
    stdout: io.stdout as NodeJS.WriteStream,
    stderr: io.stderr as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await app.waitUntilExit();
}
