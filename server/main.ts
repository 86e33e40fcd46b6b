// Entry point: `node dist/server.js --stdio` for any LSP client, or Node IPC (`--node-ipc`) as the VS Code
// client starts it. createConnection picks the transport from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
