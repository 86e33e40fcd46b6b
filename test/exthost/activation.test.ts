import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, hush, manifest, skipBecause } from './support';

describe('activation', () => {
  it('Hush is loaded and activates without error', async function () {
    const extension = await activeHush(this);
    assert.equal(extension.isActive, true);
    assert.equal(hush().id.toLowerCase(), 'hush-dev.hush');
  });

  it('declares its entry point in the shipped bundle, not in sources', function () {
    const main = manifest().main;
    if (main === undefined) skipBecause(this, 'the extension has no client entry point yet');
    assert.match(main, /^\.\/dist\/.+\.js$/);
    assert.ok(vscode.version.length > 0);
  });
});
