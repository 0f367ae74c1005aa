// Preloaded with `node --import` by tests: records the URL of every module that
// goes through the ESM loader into the file named by PLAN_TRACE_FILE, so a test
// can tell which modules a command loaded.
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url, { data: { file: process.env.PLAN_TRACE_FILE } });
