// Guice constant bindings: `bindConstant().annotatedWith(Names.named("es.password")).to("…")` (and `bind(String.class)
// .annotatedWith(Names.named(…)).toInstance("…")`) put a setting's value in the module's code; the `@Named` key says
// what it is. The value sits after two calls, so the assignment rules do not pair it with the key.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateNamedConstant(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose' || !ctx.keyName) return false;
  // The key's last two parts (`es.password`, `partner.apiKey`) name the value.
  const name = ctx.keyName.split('.').filter(Boolean).slice(-2).join('.');
  const reading = readSecretName(name);
  return reading !== undefined && namedValueVerdict(value, name, reading, { quote: '"', strict: kind === 'test' }) === undefined;
}

export const guiceConstantRule: Rule = {
  id: 'guice-named-secret-constant',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret bound as a Guice @Named constant (`annotatedWith(Names.named("db.password")).to("…")`)',
  keywords: ['names.named('],
  keywordWindow: { before: 0, after: 300 },
  pattern: /Names\.named\([ \t]{0,2}"(?<key>[\w.-]{1,80})"[ \t]{0,2}\)[ \t]{0,2}\)[ \t]{0,2}(?:\r?\n[ \t]{0,40})?\.to(?:Instance)?\([ \t]{0,2}"(?<secret>[^"\\\n]{3,200})"/,
  validate: validateNamedConstant,
  envName: 'APP_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://github.com/google/guice/wiki/BindingAnnotations#named',
  revocationUrl: null,
  revocationNote: 'Change the password or key where it is used; bind the constant from a properties file or the environment (Names.bindProperties) instead of code.',
  examples: {
    positives: (g) => [
      `        bindConstant().annotatedWith(Names.named("es.password")).to("${g.s(`${g.lower(3)}${g.digits(1)}${g.lower(5)}${g.digits(1)}%${g.upper(1)}`)}");`,
      `        bind(String.class).annotatedWith(Names.named("partner.apiKey")).toInstance("${g.s(g.alnum(40))}");`,
    ],
    negatives: (g) => [
      '        bindConstant().annotatedWith(Names.named("es.user")).to("search");',
      `        bindConstant().annotatedWith(Names.named("es.host")).to("es-${g.digits(2)}.internal");`,
      '        bindConstant().annotatedWith(Names.named("es.password")).to(System.getenv("ES_PASSWORD"));',
    ],
  },
};
