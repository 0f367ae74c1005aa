import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample } from './run.js';

/**
 * Titles that break naive publishing: very long, markup and template characters,
 * right-to-left scripts, control and bidi characters, an emoji. Each title of the
 * example gets one of them (plus its own text, so titles stay distinct).
 */
export const HOSTILE = [
  `${'Et svært langt mål som aldri tar slutt og bare fortsetter '.repeat(6)}slutt`,
  '<script>alert(1)</script> & "quotes" \'apos\' {{handlebars}} ]]> <!-- x -->',
  'هدف التنمية المستدامة للمدينة',
  'מטרה עירונית ירוקה',
  'Kontroll\u001b[31m rød\u0007 bell\u0000 nul',
  'Bidi \u202eesrever\u202c and zero\u200bwidth 🌍',
];

/** A title of 100,000 characters, words and spaces, as a pasted document might make one. */
export const HUGE_TITLE = 'Et uendelig langt mål '.repeat(5000).slice(0, 100_000);

/**
 * A copy of the example repository whose every one-line title is hostile; returns its folder.
 * With `huge`, every seventh title is HUGE_TITLE instead (and the first title of each
 * file in `huge.folders`), for pictures that must cut a title rather than overflow.
 */
export function hostileTitlesRepo(huge?: { folders: string[] }): string {
  const dir = copyExample();
  let i = 0;
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.yaml') && name !== 'plan.yaml') {
        let first = huge?.folders.some((f) => join(dir, f) === folder) === true;
        const text = readFileSync(file, 'utf8').replace(/^(\s*(?:- )?)title: (?![>|])(.*)$/gm, (_, lead: string, title: string) => {
          const n = i++;
          const hostile = huge && (first || n % 7 === 6) ? HUGE_TITLE : HOSTILE[n % HOSTILE.length]!;
          first = false;
          return `${lead}title: ${JSON.stringify(`${hostile} ${title.replace(/^["']|["']$/g, '')}`)}`;
        });
        writeFileSync(file, text);
      }
    }
  };
  walk(dir);
  return dir;
}
