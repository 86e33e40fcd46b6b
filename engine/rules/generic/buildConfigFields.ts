// Android Gradle build fields: `buildConfigField("String", "API_KEY", "\"v\"")` and `resValue("string",
// "api_key", "v")` compile a named value into the app (BuildConfig.API_KEY, R.string.api_key). The field's name
// is the second argument, the value the third, a Java string literal inside a Gradle one for buildConfigField
// (`"\"v\""`, `'"v"'`). The name reads as an assignment's name would. Kotlin Multiplatform's BuildKonfig plugin
// writes the same call with a type constant and a plain literal (`buildConfigField(STRING, "API_KEY", "v")`).
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { APP_BUNDLED_NOTE } from '../revocationNotes';

function validateField(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || !ctx.keyName) return false;
  const reading = readSecretName(ctx.keyName);
  if (!reading) return false;
  const options = { strict: kind === 'test', quote: '"' };
  const verdict = namedValueVerdict(value, ctx.keyName, reading, options);
  return verdict === undefined;
}

export const buildConfigFieldRule: Rule = {
  id: 'gradle-build-config-secret',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded secret compiled into an Android app by buildConfigField or resValue',
  keywords: ['buildconfigfield', 'resvalue'],
  keywordWindow: { before: 0, after: 400 },
  pattern:
    /\b(?:buildConfigField|resValue)[ \t]{0,2}\(?[ \t]{0,2}(?:["'][\w.]{1,30}["']|(?:FieldSpec\.Type\.)?STRING)[ \t]{0,2},[ \t]{0,2}["'](?<key>[\w.-]{1,60})["'][ \t]{0,2},[ \t]{0,2}(?:"\\"|'"|"'|'\\'|["'](?!\\?["']))(?<secret>[^"'\\\n$]{4,200})(?:\\""|"'|'"|\\''|["'])/,
  validate: validateField,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code',
  revocationUrl: null,
  revocationNote: APP_BUNDLED_NOTE,
  examples: {
    positives: (g) => [
      `        buildConfigField("String", "SEGMENT_KEY", "\\"${g.s(g.alnum(32))}\\"")`,
      `        buildConfigField 'String', 'API_SECRET', '"${g.s(g.hex(40))}"'`,
      `        resValue("string", "maps_api_token", "${g.s(g.alnum(40))}")`,
      `        buildConfigField(STRING, "API_KEY", "${g.s(g.alnum(32))}")`,
      `        buildConfigField(FieldSpec.Type.STRING, "DB_ENCRYPTION_KEY", "${g.s(g.base64(32))}", const = true)`,
    ],
    negatives: (g) => [
      '        buildConfigField("String", "API_KEY", "\\"${project.findProperty("apiKey")}\\"")',
      '        buildConfigField("String", "BASE_URL", "\\"https://api.example.com\\"")',
      `        buildConfigField("String", "BUILD_SHA", "\\"${g.hex(40)}\\"")`,
      '        buildConfigField("String", "API_TOKEN", "\\"\\"")',
      '        resValue("string", "password_hint", "Enter your password")',
      '        buildConfigField(STRING, "API_KEY", System.getenv("API_KEY") ?: "")',
      `        buildConfigField(STRING, "BUILD_COMMIT", "${g.hex(40)}")`,
    ],
  },
};
