// The reference for bench/lsp.ts: a language server on the same library and transport that does no work.
// Each didChange is answered at once with the diagnostics it was given, so the client-side latency it shows
// is the floor this machine sets for one round trip (two process wake-ups, JSON both ways).
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

// Started with --stdio, exactly as the real server is.
const connection = createConnection(ProposedFeatures.all);
let diagnostics: unknown[] = [];

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
connection.onNotification('echo/setDiagnostics', (p: { diagnostics: unknown[] }) => void (diagnostics = p.diagnostics));
connection.onDidOpenTextDocument((p) => void connection.sendDiagnostics({ uri: p.textDocument.uri, version: p.textDocument.version, diagnostics: diagnostics as never[] }));
connection.onDidChangeTextDocument((p) => void connection.sendDiagnostics({ uri: p.textDocument.uri, version: p.textDocument.version, diagnostics: diagnostics as never[] }));
connection.listen();
