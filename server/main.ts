// Entry point: `node dist/server.js --stdio` for any LSP client, or Node IPC (`--node-ipc`) as the VS Code
// client starts it. createConnection picks the transport from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// Last line of defence: a stray rejection or exception is logged, never a dead server.
process.on('unhandledRejection', (e) => connection.console.error(`Hush: unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
process.on('uncaughtException', (e) => connection.console.error(`Hush: uncaught exception: ${e.stack ?? e.message}`));
startServer(connection);
