// Qt's `QSettings::value("group/name", default)`: the default is what the program uses when the settings file has no
// entry, so a password or key written there ships in every build (`m_settings.value("ftp/password",
// QStringLiteral("…"))`). The key is a settings path; its last parts name the value. The default may be wrapped in
// Qt's string types (`QStringLiteral`, `QLatin1String`, `QString`, `QVariant`), which the assignment rules do not read.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** The path's parts joined as one name (`ftp/password` → `ftp_password`, `license/key` → `license_key`). */
function settingName(path: string): string {
  return path.split('/').filter(Boolean).slice(-2).join('_');
}

function validateSettingDefault(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || !ctx.keyName) return false;
  const name = settingName(ctx.keyName);
  const reading = readSecretName(name);
  return reading !== undefined && namedValueVerdict(value, name, reading, { quote: '"', strict: kind === 'test' }) === undefined;
}

export const qtSettingsDefaultRule: Rule = {
  id: 'qt-settings-secret-default',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret given as the default of a Qt settings lookup (`QSettings::value("ftp/password", "…")`)',
  keywords: ['value("'],
  keywordWindow: { before: 8, after: 200 },
  pattern:
    /\bvalue\([ \t]{0,2}(?:QStringLiteral\(|QLatin1String\()?"(?<key>[A-Za-z0-9_./-]{1,80})"\)?[ \t]{0,2},[ \t]{0,2}(?:(?:QStringLiteral|QLatin1String|QString|QVariant|QByteArray)[ \t]{0,2}\([ \t]{0,2})?"(?<secret>[^"\\\n]{3,128})"/,
  validate: validateSettingDefault,
  envName: 'APP_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://doc.qt.io/qt-6/qsettings.html#value',
  revocationUrl: null,
  revocationNote: 'Change the password or key where it is used; give the lookup an empty default and write the real value to the settings file at install time.',
  examples: {
    positives: (g) => [
      `    return m_settings.value("ftp/password", QStringLiteral("${g.s(`${g.pick(['Mess', 'Keller', 'Station'])}${g.pick(['turm', 'raum'])}${g.digits(2)}`)}")).toString();`,
      `    return settings.value("license/key", "${g.s(`${g.digits(1)}${g.upper(4)}-${g.upper(2)}${g.digits(1)}${g.upper(2)}-${g.upper(5)}-${g.upper(2)}${g.digits(3)}`)}").toString();`,
      `QString token = s.value("api/token", QString("${g.s(g.alnum(32))}")).toString();`,
    ],
    negatives: (g) => [
      '    return m_settings.value("ftp/password", QString()).toString();',
      '    return m_settings.value("ftp/user", QStringLiteral("messstation")).toString();',
      `    int port = settings.value("ftp/port", "${g.digits(4)}").toInt();`,
      '    return m_settings.value("ftp/password", "").toString();',
      '    auto k = settings.value("ui/passwordLabel", "Password").toString();',
    ],
  },
};
