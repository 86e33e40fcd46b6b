// `hush redact`: stdin → stdout with every secret masked, e.g. `some-build 2>&1 | hush redact`.
import { pipeline } from 'node:stream/promises';
import { makeScanner } from '../../workspace';
import { findConfigFile, loadConfig } from '../loadConfig';
import { createRedactStream } from '../redactor';
import { reportRuleTimeouts, timeoutCollector } from '../ruleTimeouts';
import { parseCommandArgs, USAGE } from '../usage';

export async function redactCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs({ args, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } });
  if (parsed.values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const configPath = parsed.values.config ?? findConfigFile(process.cwd());
  const { config } = loadConfig(configPath);
  const stopped = timeoutCollector(configPath, () => '<stdin>');
  try {
    await pipeline(process.stdin, createRedactStream(makeScanner(config, stopped.onRuleTimeout)), process.stdout);
  } catch (e) {
    // The reader went away (`| head`): not an error of ours.
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    throw e;
  }
  return reportRuleTimeouts(stopped.timeouts, 0);
}
