// `npm run bench -- fuzz`: reliability figures that take too long for unit tests. Prints tables; exits 1 only
// when a proof fails outright (an exception, a flagged super-linear rule), never on a slow machine alone.
// Options: --only regex|bytes   --rule ID[,ID…] (regex section for these rules; all 300+ take ~15 min)
import { builtinRules } from '../engine';
import { runBadBytes } from './badBytes';
import { runRegexLinearity } from './regexLinearity';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const ruleId = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
let failed = false;

if (!only || only === 'regex') {
  const wanted = ruleId?.split(',');
  const rules = wanted ? builtinRules.filter((r) => wanted.includes(r.id)) : builtinRules;
  const results = runRegexLinearity(rules);
  if (results.some((r) => r.flagged)) failed = true;
}

if (!only || only === 'bytes') {
  const { failures } = runBadBytes();
  for (const f of failures) console.log(`FAIL: ${f}`);
  if (failures.length > 0) failed = true;
}

process.exitCode = failed ? 1 : 0;
