// `hush hook install [--force]` / `hush hook uninstall`.
import { currentCli, installHook, uninstallHook } from '../../git/hookInstaller';
import { parseCommandArgs, USAGE, UsageError } from '../usage';

export function hookCommand(args: string[]): number {
  const parsed = parseCommandArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  const [action, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const cwd = process.cwd();
  const outcome =
    action === 'install'
      ? installHook({ cwd, ...currentCli() }, parsed.values.force === true)
      : action === 'uninstall'
        ? uninstallHook({ cwd })
        : (() => {
            throw new UsageError(action ? `unknown hook action "${action}" (install or uninstall)` : 'hook needs an action: install or uninstall');
          })();
  process.stdout.write(outcome.messages.join('\n') + '\n');
  return 0;
}
