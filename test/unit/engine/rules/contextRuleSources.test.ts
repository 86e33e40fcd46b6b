// Context rules build their regex on first use; their keyword window is sized at load from the source as
// RegExp.prototype.source would write it (regexSourceOf), so the build's precomputed lengths are found.
import assert from 'node:assert/strict';
import { builtinRules } from '../../../../engine/rules';
import { contextRuleSources, regexSourceOf } from '../../../../engine/rules/ruleBuilders';

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
});
