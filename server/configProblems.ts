// Problems of a `.hush.json` (unknown fields, bad values, broken JSON) as error diagnostics on the offending
// fields. An open config gets them with its own validation; one that is not open is published here when a
// document uses it, and re-published only when its problems change.
import { type Connection, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_PROBLEM_CODE, DIAGNOSTIC_SOURCE } from './diagnostics';
import { locateProblems, type ProjectConfigs } from './projectConfig';
import { pathToUri } from './workspaceFolders';

export class ConfigProblems {
  /** What was last published for each config that is not open, to publish only changes. */
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly configs: ProjectConfigs,
    private readonly openText: (path: string) => string | undefined,
  ) {}

  diagnosticsFor(path: string): Diagnostic[] {
    const loaded = this.configs.load(path);
    const text = loaded.text ?? '';
    const index = TextDocument.create('x', 'json', 0, text);
    return locateProblems(text, [...loaded.problems, ...this.configs.runtimeProblems(path)]).map(({ problem, start, end }) => ({
      range: { start: index.positionAt(start), end: index.positionAt(end) },
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      code: CONFIG_PROBLEM_CODE,
      message: `.hush.json ${problem.field}: ${problem.message}`,
    }));
  }

  /** Publishes the problems of the config at `path` unless it is open (or there is no config). */
  publishUnopened(path: string | undefined): void {
    if (!path || this.openText(path) !== undefined) return;
    const diagnostics = this.diagnosticsFor(path);
    const key = JSON.stringify(diagnostics);
    if ((this.sent.get(path) ?? '[]') === key) return;
    this.sent.set(path, key);
    void this.connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
  }
}
