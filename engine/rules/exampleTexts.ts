// Example texts for rule tests: the same marked value in the places developers paste secrets.
import type { ExampleGen } from '../types';

/** The marked value as a JS constant, a Python assignment, JSON, YAML, a .env line and a shell export. */
export function inContexts(g: ExampleGen, value: string, name = 'API_KEY'): string[] {
  const camel = name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return [
    `const ${camel} = "${g.s(value)}";`,
    `${name.toLowerCase()} = '${g.s(value)}'`,
    `{ "${camel}": "${g.s(value)}" }`,
    `${camel}: ${g.s(value)}`,
    `${name}=${g.s(value)}`,
    `export ${name}="${g.s(value)}"`,
  ];
}
