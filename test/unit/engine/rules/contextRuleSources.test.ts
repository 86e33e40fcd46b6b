// Context rules build their regex on first use; their keyword window is sized at load from the source as
// RegExp.prototype.source would write it (regexSourceOf), so the build's precomputed lengths are found.
import assert from 'node:assert/strict';
import { builtinRules } from '../../../../engine/rules';
import { contextRuleSources, hasBareSlash, regexSourceOf } from '../../../../engine/rules/ruleBuilders';

describe('context rules built on first use', () => {
  it("write each pattern's source as V8 does, and build the pattern from it", () => {
    let checked = 0;
    for (const rule of builtinRules) {
      const source = contextRuleSources.get(rule);
      if (source === undefined) continue;
      checked++;
      assert.equal(regexSourceOf(source), new RegExp(source).source, rule.id);
      assert.equal(rule.pattern.source, new RegExp(source).source, rule.id);
      assert.equal(rule.pattern, rule.pattern, `${rule.id}: built once`);
    }
    assert.ok(checked > 500, `${checked} context rules`);
  });

  it('leave a source whose every slash is escaped as V8 writes it (the fast path), and rewrite the others as V8 does', () => {
    // Sources made of the characters that decide it: escapes, classes, slashes (valid patterns only).
    const parts = ['\\/', '\\\\', '/', '[/]', '[\\]/]', '[^\\\\/]', 'a', '(?:b)', '\\[', '\\]', ']'];
    let state = 0x2a;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % parts.length;
    let fast = 0;
    let rewritten = 0;
    for (let k = 0; k < 20000; k++) {
      let source = '';
      for (let n = 1 + (k % 9); n > 0; n--) source += parts[next()];
      let v8: string;
      try {
        v8 = new RegExp(source).source;
      } catch {
        continue;
      }
      if (hasBareSlash(source)) rewritten++;
      else {
        fast++;
        assert.equal(v8, source, source);
      }
      assert.equal(regexSourceOf(source), v8, source);
    }
    assert.ok(fast > 1000 && rewritten > 1000, `${fast} fast, ${rewritten} rewritten`);
  });
});
