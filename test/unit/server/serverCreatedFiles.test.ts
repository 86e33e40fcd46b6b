// The server's own file creation for clients without CreateFile: only inside the workspace folder, never
// through a link, never over an existing file, and undone whole when one file cannot be made.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { createMissingFiles, removeCreated } from '../../../server/serverCreatedFiles';
import { pathToUri } from '../../../server/workspaceFolders';
import { tempDir } from '../../support/tempTree';

function editCreating(...paths: string[]): WorkspaceEdit {
  return {
    documentChanges: paths.flatMap((p) => [
      { kind: 'create' as const, uri: pathToUri(p), options: { ignoreIfExists: true } },
      { textDocument: { uri: pathToUri(p), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'A=\n' }] },
    ]),
  };
}

describe('server-created store files', () => {
  it('creates missing files and their folders, keeps the text edits, drops the CreateFile operations', () => {
    const root = tempDir();
    const made = createMissingFiles(root, editCreating(join(root, 'a', 'b', '.env'), join(root, '.gitignore')));
    assert.ok('edit' in made);
    assert.equal(made.edit.documentChanges!.length, 2);
    assert.ok(made.edit.documentChanges!.every((c) => !('kind' in c)));
    assert.equal(readFileSync(join(root, 'a', 'b', '.env'), 'utf8'), '');
    removeCreated(made.created);
    for (const p of ['a', '.gitignore']) assert.ok(!existsSync(join(root, p)), `${p} removed`);
  });

  it('leaves an existing file alone and never removes a file someone wrote to', () => {
    const root = tempDir();
    writeFileSync(join(root, '.gitignore'), 'node_modules\n');
    const made = createMissingFiles(root, editCreating(join(root, '.gitignore'), join(root, '.env')));
    assert.ok('edit' in made);
    assert.deepEqual(made.created.files, [join(root, '.env')]);
    writeFileSync(join(root, '.env'), 'X=1\n');
    removeCreated(made.created);
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules\n');
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), 'X=1\n');
  });

  it('refuses a path outside the folder, a dangling link and a folder link pointing out; undoes what it made', () => {
    const outside = tempDir('hush-outside-');
    const root = tempDir();
    symlinkSync(join(outside, 'x.env'), join(root, '.env'));
    mkdirSync(join(outside, 'dir'));
    symlinkSync(join(outside, 'dir'), join(root, 'conf'));
    const cases: Array<[string, RegExp]> = [
      [join(outside, 'y.env'), /outside the workspace folder/],
      [join(root, '.env'), /is a link to .*x\.env, outside the workspace folder/],
      [join(root, 'conf', '.env'), /is a link to .*dir.*\.env, outside the workspace folder/],
    ];
    for (const [path, why] of cases) {
      const made = createMissingFiles(root, editCreating(join(root, 'first', '.gitignore'), path));
      assert.ok('problem' in made, path);
      assert.match(made.problem, why);
      assert.ok(!existsSync(join(root, 'first')), 'the first file and its folder were removed again');
    }
    assert.ok(!existsSync(join(outside, 'x.env')) && !existsSync(join(outside, 'y.env')) && !existsSync(join(outside, 'dir', '.env')), 'nothing made outside');
  });
});
