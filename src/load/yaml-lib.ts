import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');
let lib: YamlLib | undefined;

/**
 * The `yaml` library, loaded on first use. It keeps every position, but costs more
 * to load and to run than the fast parser, so only the slow path (files with
 * problems, or PLANVERK_SLOW_PATH=1) pays for it.
 */
export function yamlLib(): YamlLib {
  return (lib ??= createRequire(import.meta.url)('yaml') as YamlLib);
}
