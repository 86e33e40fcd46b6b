// Builds the engine a part per event-loop turn, for `scan --history`: git is already writing the log, and
// each turn lets Node read what git wrote meanwhile. Built in one go (~60 ms of module set-up and rule
// construction), git would fill its pipe in a few milliseconds and wait for the rest.
import type { HushConfig } from '../engine/config';
import type { CustomRuleTimeout, Scanner } from '../engine/detect/scan';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The same scanner as workspace/scanFile.ts makeScanner, its modules initialised over several turns. */
export async function scannerInSlices(config: HushConfig, onRuleTimeout?: (t: CustomRuleTimeout) => void): Promise<Scanner> {
  // Each require initialises one part of the bundle (esbuild runs a module's top level on its first require);
  // the largest parts first, each in its own turn. The order does not change the result, only when work is done.
  require('../engine/detect/ruleData');
  await nextTurn();
  require('../engine/rules/providers');
  await nextTurn();
  require('../engine/rules/generic');
  await nextTurn();
  require('../engine/rules');
  await nextTurn();
  const { makeScanner } = require('../workspace/scanFile') as typeof import('../workspace/scanFile');
  await nextTurn();
  return makeScanner(config, onRuleTimeout);
}
