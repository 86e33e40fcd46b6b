// Tokenizes .env lines with the real TextMate engine VS Code uses, so the grammar is checked as shipped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { ROOT } from '../../support/paths';

const root = ROOT;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (scope === 'source.dotenv' ? parseRawGrammar(readFileSync(join(root, 'syntaxes/dotenv.tmLanguage.json'), 'utf8'), 'dotenv.tmLanguage.json') : null),
  });
  const grammar = await registry.loadGrammar('source.dotenv');
  assert.ok(grammar);
  return grammar;
}

/** Scope of the token covering `needle` in `line`. */
function scopesAt(grammar: IGrammar, line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token, `no token at ${needle}`);
  return token.scopes;
}

describe('dotenv grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('scopes names, operators, values and comments', () => {
    const line = 'export API_URL="https://x/${HOST}/v1" # prod';
    assert.ok(scopesAt(grammar, line, 'export').includes('storage.modifier.export.dotenv'));
    assert.ok(scopesAt(grammar, line, 'API_URL').includes('variable.other.env.dotenv'));
    assert.ok(scopesAt(grammar, line, '=').includes('keyword.operator.assignment.dotenv'));
    assert.ok(scopesAt(grammar, line, 'https').includes('string.quoted.double.dotenv'));
    assert.ok(scopesAt(grammar, line, 'HOST').includes('variable.other.env.reference.dotenv'));
    assert.ok(scopesAt(grammar, line, '# prod').includes('comment.line.number-sign.dotenv'));
  });

  it('keeps # inside an unquoted value and single quotes literal', () => {
    assert.ok(scopesAt(grammar, 'A=abc#def', '#def').includes('string.unquoted.dotenv'));
    assert.ok(!scopesAt(grammar, "B='$NOT_EXPANDED'", 'NOT_EXPANDED').includes('variable.other.env.reference.dotenv'));
    assert.ok(scopesAt(grammar, '# a comment', 'comment').includes('comment.line.number-sign.dotenv'));
  });
});
