// Jupyter notebooks over a real JSON-RPC connection (LSP 3.17 notebook sync, as VS Code's client sends it):
// per-cell diagnostics while typing, Move to .env in a cell (Python reference, `.env` beside the notebook),
// secrets in saved outputs shown on their cell with "Clear this output", and the raw `.ipynb` text's own
// clear-output edit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createExampleGen } from '../../engine/examples';
import { SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult } from '../../protocol/messages';
import { LspClient, VSCODE_CODE_ACTION_CAPS } from '../support/lspClient';
import { notebookJson, type NotebookCellSpec } from '../support/notebook';
import { tempTree, writeFile } from '../support/tempTree';

const g = createExampleGen(1802);
const stripe = () => `sk_live_${g.alnum(32)}`;

/** One open notebook as VS Code's client syncs it: cells are text documents with `vscode-notebook-cell:` URIs. */
class OpenNotebook {
  readonly uri: string;
  readonly cells: TextDocument[] = [];
  private version = 1;
  private next = 0;

  constructor(
    private readonly c: LspClient,
    readonly path: string,
    cells: { text: string; language?: string }[],
  ) {
    this.uri = pathToFileURL(path).toString();
    for (const cell of cells) this.cells.push(this.newCell(cell.text, cell.language));
    void c.connection.sendNotification('notebookDocument/didOpen', {
      notebookDocument: { uri: this.uri, notebookType: 'jupyter-notebook', version: this.version, cells: this.cells.map((d) => ({ kind: 2, document: d.uri })) },
      cellTextDocuments: this.cells.map((d) => ({ uri: d.uri, languageId: d.languageId, version: d.version, text: d.getText() })),
    });
  }

  private newCell(text: string, language = 'python'): TextDocument {
    const uri = URI.from({ scheme: 'vscode-notebook-cell', path: URI.file(this.path).path, fragment: `W${this.next++}` }).toString();
    return TextDocument.create(uri, language, 1, text);
  }

  /** Replaces [start, end) of a cell's text; returns the cell's new version. */
  edit(index: number, start: number, end: number, text: string): number {
    const doc = this.cells[index]!;
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    return this.applyTextEdits(index, [{ range, newText: text }]);
  }

  applyTextEdits(index: number, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): number {
    const doc = this.cells[index]!;
    const after = TextDocument.create(doc.uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, edits));
    this.cells[index] = after;
    void this.c.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: this.uri, version: ++this.version },
      change: { cells: { textContent: [{ document: { uri: doc.uri, version: after.version }, changes: [{ text: after.getText() }] }] } },
    });
    return after.version;
  }

  insertCell(index: number, text: string): TextDocument {
    const doc = this.newCell(text);
    this.cells.splice(index, 0, doc);
    void this.c.connection.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: this.uri, version: ++this.version },
      change: {
        cells: {
          structure: { array: { start: index, deleteCount: 0, cells: [{ kind: 2, document: doc.uri }] }, didOpen: [{ uri: doc.uri, languageId: 'python', version: 1, text }] },
        },
      },
    });
    return doc;
  }

  save(): void {
    void this.c.connection.sendNotification('notebookDocument/didSave', { notebookDocument: { uri: this.uri } });
  }

  close(): void {
    void this.c.connection.sendNotification('notebookDocument/didClose', { notebookDocument: { uri: this.uri }, cellTextDocuments: this.cells.map((d) => ({ uri: d.uri })) });
  }

  indexOf(uri: string): number {
    return this.cells.findIndex((d) => d.uri === uri);
  }
}

async function withClient(root: string, fn: (c: LspClient) => Promise<void>): Promise<void> {
  // VS Code's capabilities: code actions resolved when chosen, server edits through workspace/applyEdit.
  const c = new LspClient(root, { codeAction: VSCODE_CODE_ACTION_CAPS, applyEdit: true });
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

const hush = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.filter((d) => d.source === 'hush');

describe('notebooks over LSP (notebookDocument sync)', function () {
  this.timeout(60_000);

  it('declares notebook sync for Jupyter notebooks with Python and Markdown cells, saves included', async () => {
    await withClient(tempTree({}, 'hush-nb-caps-'), async (c) => {
      const sync = c.initializeResult?.capabilities.notebookDocumentSync as { notebookSelector: { notebook: { notebookType: string }; cells: { language: string }[] }[]; save?: boolean };
      assert.ok(sync, 'notebookDocumentSync is declared');
      assert.equal(sync.notebookSelector[0]!.notebook.notebookType, 'jupyter-notebook');
      const languages = sync.notebookSelector[0]!.cells.map((x) => x.language);
      assert.ok(languages.includes('python') && languages.includes('markdown'), languages.join(','));
      assert.equal(sync.save, true);
    });
  });

  it('publishes diagnostics per cell as the person types, only on the cell holding the secret', async () => {
    const root = tempTree({}, 'hush-nb-type-');
    const path = writeFile(root, 'analysis/explore.ipynb', notebookJson([{ source: 'import pandas as pd\n' }, { source: 'client = None\n' }]));
    await withClient(root, async (c) => {
      const nb = new OpenNotebook(c, path, [{ text: 'import pandas as pd\n' }, { text: 'client = None\n' }]);
      const [first, second] = nb.cells;
      assert.deepEqual(hush({ diagnostics: await c.diagnostics(first!.uri) }), []);
      assert.deepEqual(hush({ diagnostics: await c.diagnostics(second!.uri) }), []);
      const key = stripe();
      const text = `stripe_key = "${key}"\n`;
      const version = nb.edit(1, 0, second!.getText().length, text);
      const diagnostics = hush({ diagnostics: await c.diagnosticsFor(second!.uri, version) });
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      const d = diagnostics[0]!;
      assert.equal(d.code, 'stripe-live-secret-key');
      assert.equal(nb.cells[1]!.getText().slice(nb.cells[1]!.offsetAt(d.range.start), nb.cells[1]!.offsetAt(d.range.end)), key);
      assert.ok(!JSON.stringify(c.latest.get(second!.uri)).includes(key), 'the published diagnostic carries no raw value');
      assert.deepEqual(hush(c.latest.get(first!.uri)!), [], 'the other cell stays clean');
      const hover = (await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: second!.uri }, position: d.range.start })) as { contents: { value: string } } | null;
      assert.ok(hover && hover.contents.value.includes('sk_live_…'), `the hover in the cell shows the masked value: ${JSON.stringify(hover)}`);
      assert.ok(!JSON.stringify(hover).includes(key));

      // A cell inserted above: still its own document, still its own diagnostics.
      const inserted = nb.insertCell(0, `other = "${stripe()}"\n`);
      assert.equal(hush({ diagnostics: await c.diagnostics(inserted.uri, (p) => hush(p).length === 1) }).length, 1);

      // Deleting the secret clears the cell's diagnostic.
      const cleared = nb.edit(nb.indexOf(second!.uri), 0, nb.cells[nb.indexOf(second!.uri)]!.getText().length, 'stripe_key = None\n');
      assert.deepEqual(hush({ diagnostics: await c.diagnosticsFor(second!.uri, cleared) }), []);

      nb.close();
      await c.diagnostics(inserted.uri, (p) => p.diagnostics.length === 0);
    });
  });

  it('Move to .env in a cell: os.environ["NAME"] with `import os` added to the cell, `.env` beside the notebook', async () => {
    const root = tempTree({}, 'hush-nb-move-');
    const path = writeFile(root, 'analysis/explore.ipynb', notebookJson([{ source: 'import pandas as pd\n' }]));
    const key = stripe();
    const cellText = `import requests\n\nstripe_key = "${key}"\nrequests.get("https://example.invalid", auth=(stripe_key, ""))\n`;
    await withClient(root, async (c) => {
      const nb = new OpenNotebook(c, path, [{ text: 'import pandas as pd\n' }, { text: cellText }]);
      const cell = nb.cells[1]!;
      const [d] = hush({ diagnostics: await c.diagnostics(cell.uri, (p) => hush(p).length === 1) });
      const actions: CodeAction[] = await c.codeActions(cell.uri, [d!]);
      const move = actions.find((a) => a.title.startsWith('Move to .env as '));
      assert.ok(move?.command, `a Move action run as a command among ${JSON.stringify(actions.map((a) => a.title))}`);
      const name = /as ([A-Z0-9_]+)/.exec(move.title)![1]!;

      // The client applies the file changes; the cell's text edit is applied here, as the notebook editor would.
      c.serverEditOptions = { only: (uri) => uri.startsWith('file:') };
      await c.executeCommand(move.command.command, move.command.arguments);
      const edit: WorkspaceEdit = c.serverEdits[0]!;
      const cellEdit = (edit.documentChanges ?? []).find((x): x is TextDocumentEdit => 'textDocument' in x && x.textDocument.uri === cell.uri);
      assert.ok(cellEdit, 'the edit changes the cell');
      assert.equal(cellEdit.textDocument.version, cell.version, 'versioned against the cell document');
      nb.applyTextEdits(1, cellEdit.edits as never);
      const after = nb.cells[1]!.getText();
      assert.ok(after.includes(`stripe_key = os.environ["${name}"]`), after);
      assert.match(after, /^import os\r?\n/m, 'import os added to the cell');
      assert.ok(!after.includes(key));
      assert.equal(nb.cells[0]!.getText(), 'import pandas as pd\n', 'the other cell is not touched');

      assert.match(c.read('analysis/.env') ?? '', new RegExp(`^${name}=["']?${key}["']?$`, 'm'), '.env beside the notebook holds the value');
      assert.equal(c.read('.env'), undefined, 'no .env at the workspace root');
      assert.match(c.read('.gitignore') ?? '', /^\/?analysis\/\.env$/m, 'the workspace .gitignore covers it');
      await c.diagnostics(cell.uri, (p) => hush(p).length === 0);
    });
  });

  it('a token pasted into a cell: the paste plan is os.environ["NAME"] and its .env is the one beside the notebook', async () => {
    const root = tempTree({}, 'hush-nb-paste-');
    const path = writeFile(root, 'analysis/explore.ipynb', notebookJson([{ source: 'x = 1\n' }]));
    const key = stripe();
    await withClient(root, async (c) => {
      const nb = new OpenNotebook(c, path, [{ text: 'stripe_key = \n' }]);
      await c.diagnostics(nb.cells[0]!.uri);
      const params: ScanTextParams = { uri: nb.cells[0]!.uri, languageId: 'python', text: key, documentText: 'stripe_key = \n', insertStart: 13, insertEnd: 13 };
      const r: ScanTextResult = await c.connection.sendRequest(SCAN_TEXT_METHOD, params);
      assert.ok(r.plan, `a paste plan (${r.noPlanReason ?? ''})`);
      assert.match(r.plan.insertText, /^os\.environ\["[A-Z0-9_]+"\]$/);
      const files = (r.plan.additionalEdit.documentChanges ?? []).map((x) => ('textDocument' in x ? x.textDocument.uri : 'uri' in x ? x.uri : ''));
      assert.ok(files.includes(pathToFileURL(join(root, 'analysis', '.env')).toString()), files.join(', '));
      assert.ok(!files.includes(pathToFileURL(join(root, '.env')).toString()), 'not the workspace root .env');
      assert.ok(!JSON.stringify(r.findings).includes(key));
    });
  });

  it('secrets in saved outputs: a diagnostic on that cell with "Clear this output"; gone once saved without them', async () => {
    const root = tempTree({}, 'hush-nb-out-');
    const key = stripe();
    const cells: NotebookCellSpec[] = [
      { source: 'import pandas as pd\n', outputs: [{ output_type: 'stream', name: 'stdout', text: 'ready\n' }] },
      { source: 'print(config)\n', outputs: [{ output_type: 'stream', name: 'stdout', text: `{'stripe': '${key}'}\n` }] },
      { source: 'x = 1\n' },
    ];
    const path = writeFile(root, 'explore.ipynb', notebookJson(cells));
    await withClient(root, async (c) => {
      const nb = new OpenNotebook(
        c,
        path,
        cells.map((x) => ({ text: x.source })),
      );
      const out = hush({ diagnostics: await c.diagnostics(nb.cells[1]!.uri, (p) => hush(p).length === 1) });
      const message = String(out[0]!.message);
      assert.match(message, /saved output/);
      assert.ok(message.includes('sk_live_…'), `masked: ${message}`);
      assert.ok(!JSON.stringify(c.latest.get(nb.cells[1]!.uri)).includes(key), 'no raw value published');
      for (const i of [0, 2]) assert.deepEqual(hush(await c.diagnostics(nb.cells[i]!.uri).then((diagnostics) => ({ diagnostics }))), [], `cell ${i} has no diagnostic`);

      const actions: CodeAction[] = await c.codeActions(nb.cells[1]!.uri, out);
      const clear = actions.find((a) => a.title === 'Clear this output');
      assert.ok(clear?.command, `"Clear this output" among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(clear.command.command, 'hush.clearCellOutputs');
      assert.deepEqual(clear.command.arguments, [{ notebook: nb.uri, cell: nb.cells[1]!.uri }]);
      assert.ok(!actions.some((a) => a.title.startsWith('Move to')), 'nothing to move: the value is not in the source');

      // The editor cleared that output and saved: the file no longer holds it, and the diagnostic goes.
      writeFile(root, 'explore.ipynb', notebookJson(cells.map((x, i) => (i === 1 ? { source: x.source } : x))));
      nb.save();
      await c.diagnostics(nb.cells[1]!.uri, (p) => hush(p).length === 0);
    });
  });

  it('odd notebook messages change nothing and break nothing: unknown notebooks, a missing or broken file, an untitled notebook', async () => {
    const root = tempTree({}, 'hush-nb-odd-');
    writeFile(root, 'broken.ipynb', '{"cells": [{"outputs": [');
    await withClient(root, async (c) => {
      const ghost = pathToFileURL(join(root, 'never-opened.ipynb')).toString();
      void c.connection.sendNotification('notebookDocument/didChange', {
        notebookDocument: { uri: ghost, version: 2 },
        change: { cells: { structure: { array: { start: 5, deleteCount: 3 } }, textContent: [{ document: { uri: `${ghost}#x`, version: 2 }, changes: [{ text: 'x' }] }] } },
      });
      void c.connection.sendNotification('notebookDocument/didSave', { notebookDocument: { uri: ghost } });
      void c.connection.sendNotification('notebookDocument/didClose', { notebookDocument: { uri: ghost }, cellTextDocuments: [] });
      // The notebook file is missing, or not valid JSON: its cells are still scanned, no output is made up.
      for (const name of ['missing.ipynb', 'broken.ipynb']) {
        const nb = new OpenNotebook(c, join(root, name), [{ text: `key = "${stripe()}"\n` }]);
        assert.equal(hush({ diagnostics: await c.diagnostics(nb.cells[0]!.uri, (p) => hush(p).length > 0) }).length, 1, name);
        nb.save();
      }
      // An untitled notebook: scanned, no store file to move to.
      const untitled = 'untitled:Untitled-1.ipynb';
      const cellUri = 'vscode-notebook-cell:Untitled-1.ipynb#W0';
      void c.connection.sendNotification('notebookDocument/didOpen', {
        notebookDocument: { uri: untitled, notebookType: 'jupyter-notebook', version: 1, cells: [{ kind: 2, document: cellUri }] },
        cellTextDocuments: [{ uri: cellUri, languageId: 'python', version: 1, text: `key = "${stripe()}"\n` }],
      });
      const [d] = hush({ diagnostics: await c.diagnostics(cellUri, (p) => hush(p).length === 1) });
      const actions: CodeAction[] = await c.codeActions(cellUri, [d!]);
      assert.ok(!actions.some((a) => a.title.startsWith('Move to')), JSON.stringify(actions.map((a) => a.title)));
      const failures = c.notifications.filter((n) => n.method === 'window/logMessage' && /failed/.test((n.params as { message: string }).message));
      assert.deepEqual(failures, [], 'no handler failed');
    });
  });

  it("a workspace scan's findings on the notebook file give way to its cells while it is open, and come back when it closes", async () => {
    const root = tempTree({}, 'hush-nb-scan-');
    const cells: NotebookCellSpec[] = [{ source: 'show()\n', outputs: [{ output_type: 'stream', name: 'stdout', text: `token ${stripe()}\n` }] }];
    const path = writeFile(root, 'explore.ipynb', notebookJson(cells));
    const fileUri = pathToFileURL(path).toString();
    await withClient(root, async (c) => {
      await c.connection.sendRequest('hush/scanWorkspace', {});
      const scanned = await c.diagnostics(fileUri, (p) => hush(p).length === 1);
      assert.match(String(scanned[0]!.message), /in the saved output of cell 1/);
      const nb = new OpenNotebook(c, path, [{ text: 'show()\n' }]);
      await c.diagnostics(nb.cells[0]!.uri, (p) => hush(p).length === 1);
      await c.diagnostics(fileUri, (p) => p.diagnostics.length === 0);
      nb.close();
      await c.diagnostics(fileUri, (p) => hush(p).length === 1);
    });
  });

  it('the raw .ipynb opened as text: "Clear this output (cell N)" empties that cell\'s outputs and nothing else', async () => {
    const root = tempTree({}, 'hush-nb-raw-');
    const key = stripe();
    const text = notebookJson([
      { source: 'import os\n', outputs: [{ output_type: 'stream', name: 'stdout', text: 'ok\n' }] },
      { source: 'cfg\n', outputs: [{ output_type: 'execute_result', text: `'${key}'` }] },
    ]);
    await withClient(root, async (c) => {
      const uri = c.open('raw.ipynb', text, 'json');
      const [d] = hush({ diagnostics: await c.diagnostics(uri, (p) => hush(p).length === 1) });
      const actions: CodeAction[] = await c.codeActions(uri, [d!]);
      const clear = actions.find((a) => a.title === 'Clear this output (cell 2)');
      assert.ok(clear?.edit, `a clear action with an edit among ${JSON.stringify(actions.map((a) => a.title))}`);
      c.applyEdit(clear.edit);
      const after = JSON.parse(readFileSync(join(root, 'raw.ipynb'), 'utf8')) as { cells: { outputs: unknown[]; source: string[] }[] };
      const before = JSON.parse(text) as typeof after;
      assert.deepEqual(after.cells[1]!.outputs, []);
      assert.deepEqual(after.cells[1]!.source, before.cells[1]!.source);
      assert.deepEqual(after.cells[0], before.cells[0]);
      await c.diagnostics(uri, (p) => hush(p).length === 0);
    });
  });
});
