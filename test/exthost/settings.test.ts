import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeHush, manifest, skipBecause } from './support';

type Property = { type?: string | string[]; default?: unknown; enum?: unknown[] };

function contributedProperties(): [string, Property][] {
  const configuration = manifest().contributes?.configuration;
  const sections = Array.isArray(configuration) ? configuration : configuration ? [configuration] : [];
  return sections.flatMap((section) => Object.entries((section.properties ?? {}) as Record<string, Property>));
}

/** A value different from the default that the schema accepts. */
function otherValue(property: Property): unknown {
  if (property.enum && property.enum.length > 1) return property.enum.find((v) => v !== property.default);
  if (property.type === 'boolean') return !(property.default ?? false);
  if (property.type === 'number' || property.type === 'integer') return (Number(property.default) || 0) + 1;
  if (property.type === 'string') return `${String(property.default ?? '')}-e2e`;
  return undefined;
}

describe('settings', () => {
  it('every simple hush.* setting round-trips through the workspace configuration', async function () {
    const properties = contributedProperties().filter(([, p]) => otherValue(p) !== undefined);
    if (properties.length === 0) skipBecause(this, 'the manifest contributes no settings yet');
    await activeHush(this);
    for (const [key, property] of properties) {
      assert.match(key, /^hush\./, `${key} should live under hush.*`);
      const dot = key.indexOf('.');
      const config = () => vscode.workspace.getConfiguration(key.slice(0, dot));
      const name = key.slice(dot + 1);
      const value = otherValue(property);
      assert.deepEqual(config().get(name), property.default, `${key} default`);
      await config().update(name, value, vscode.ConfigurationTarget.Workspace);
      try {
        assert.deepEqual(config().get(name), value, `${key} after update`);
        assert.deepEqual(config().inspect(name)?.workspaceValue, value);
      } finally {
        await config().update(name, undefined, vscode.ConfigurationTarget.Workspace);
      }
      assert.deepEqual(config().get(name), property.default, `${key} after reset`);
    }
  });
});
