import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, manifest, skipBecause } from './support';

describe('commands', () => {
  it('every command in the manifest is registered once Hush is active', async function () {
    const declared = (manifest().contributes?.commands ?? []).map((c) => c.command);
    if (declared.length === 0) skipBecause(this, 'the manifest contributes no commands yet');
    await activeHush(this);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter((command) => !registered.has(command));
    assert.deepEqual(missing, [], `declared but not registered: ${missing.join(', ')}`);
    for (const command of declared) assert.match(command, /^hush\./, `${command} should be namespaced hush.*`);
  });
});
