// The client capabilities other editors send at initialize, trimmed to what bears on Hush (sync, diagnostics,
// code actions, workspace edits). Neovim 0.7.2's is what `vim.lsp.protocol.make_client_capabilities()` returns
// (Debian 12's package): create among resourceOperations, but no `documentChanges`, so no CreateFile.
// Helix's is from helix-lsp/src/client.rs (`initialize`): documentChanges with create, disabled actions.

const KINDS = ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'];

export const NEOVIM_07_CAPABILITIES = {
  window: { workDoneProgress: true, showDocument: { support: false }, showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
  workspace: {
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, willSave: false, willSaveWaitUntil: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      dynamicRegistration: false,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: KINDS } },
    },
  },
};

export const HELIX_CAPABILITIES = {
  window: { workDoneProgress: true },
  general: { positionEncodings: ['utf-8', 'utf-32', 'utf-16'] },
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: false },
    workspaceFolders: true,
    applyEdit: true,
    executeCommand: { dynamicRegistration: false },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], failureHandling: 'abort', normalizesLineEndings: false },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
  },
  textDocument: {
    hover: { contentFormat: ['markdown'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: KINDS } },
      isPreferredSupport: true,
      disabledSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit', 'command'] },
    },
    publishDiagnostics: { versionSupport: true, tagSupport: { valueSet: [1, 2] } },
  },
};
