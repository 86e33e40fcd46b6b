// Generic rules: secrets recognised by the name they are given, not by a provider's format.
import type { Rule } from '../../types';
import { secretAssignmentRule } from './assignment';
import { secretValueHolderRule } from './valueHolder';
import { credentialCallRule } from './credentialCalls';
import { secretMapKeyRule, secretMapRule } from './secretMaps';
import { secretPairRule } from './secretPairs';
import { credentialRowRule } from './credentialRows';
import { secretAccessorRule } from './secretAccessors';
import { buildConfigFieldRule } from './buildConfigFields';
import { dotnetSettingValueRule, forKeySetterRule, smaliConstStringFieldRule, smaliStringFieldRule } from './appFields';
import { encodedLoginPairRule } from './encodedLoginPairs';
import { encodedKeyUserRule, encodedPairVariableRule } from './encodedPairVariables';
import { dotenvSymbolValueRule } from './dotenvSymbolValues';
import { schemelessLoginAddressRule } from './schemelessLoginAddress';
import { macroStringFlagRule } from './macroStringFlags';
import { qualifiedConfigValueRules } from './qualifiedConfigValues';
import { keystrokeLoginRule } from './keystrokeLogins';
import { formFillPasswordRule } from './formFillPasswords';
import { netlifyBasicAuthRule } from './netlifyBasicAuth';
import { emailPasswordPairRule } from './emailPasswordPairs';
import { authHeaderCodeRule, headerFieldValueRule } from './authHeaderCode';
import { signingKeyArgumentRule } from './signingKeys';
import { sqlDumpColumnRule } from './sqlDumps';
import { goMysqlDsnRule, urlPasswordRule } from './urlCredentials';
import { recordKeyRule } from './recordKeys';
import { hashingCallPasswordRule } from './hashingCalls';
import { rubyBlockAttributeRule } from './rubyBlockAttributes';
import { csvSourceRowRule } from './csvSourceRows';
import { xstreamMapEntryRule } from './xstreamMapEntries';
import { clientArgumentRule } from './clientArguments';
import { constructorPasswordRule } from './credentialConstructors';
import { licenseKeyRule } from './licenseKeys';
import { tupleAssignmentRule } from './tupleAssignments';
import { formatArgumentRule } from './formatArguments';
import { armingCodeRule, pinAssignmentRule, pinPasswordRule } from './pinAssignments';
import { csvKeyValueCellRule } from './csvKeyValueCells';
import { longTokenAssignmentRule } from './longTokenAssignments';
import { elseDefaultRule } from './conditionalDefaults';
import { cobolValueRule } from './cobolValues';
import { uciOptionRule } from './uciOptions';
import { wifiCallArgumentRule } from './wifiCallArguments';
import { passwordTableRule } from './passwordTables';
import { productAdminPasswordRule } from './productAdminPasswords';
import { secretMapInsertRule } from './secretMapInserts';
import { byteArrayKeyRule } from './byteArrayKeys';
import { directoryBindCallRule } from './directoryBindCalls';
import { authTupleRule } from './authTuples';
import { decodedLiteralKeyRule } from './decodedLiteralKeys';
import { envFallbackRule } from './envFallbacks';
import { atCommandCredentialRule } from './atCommandCredentials';
import { kconfigDefaultRule } from './kconfigDefaults';
import { qtSettingsDefaultRule } from './qtSettingsDefaults';
import { quotingOperatorRule } from './quotingOperators';
import { clapDefaultRule } from './clapDefaults';
import { guiceConstantRule } from './guiceConstants';
import { emailPasswordEntryRule } from './emailPasswordEntries';
import { nvsPartitionCsvRule } from './nvsPartitionCsv';
import { bluezBondKeyRule, threadNetworkKeyRule } from './radioLinkKeys';

export const genericRules: Rule[] = [
  secretAssignmentRule,
  secretValueHolderRule,
  elseDefaultRule,
  cobolValueRule,
  credentialCallRule,
  secretMapRule,
  secretMapKeyRule,
  secretMapInsertRule,
  productAdminPasswordRule,
  secretPairRule,
  credentialRowRule,
  secretAccessorRule,
  buildConfigFieldRule,
  smaliStringFieldRule,
  smaliConstStringFieldRule,
  dotnetSettingValueRule,
  forKeySetterRule,
  encodedLoginPairRule,
  encodedPairVariableRule,
  encodedKeyUserRule,
  dotenvSymbolValueRule,
  schemelessLoginAddressRule,
  macroStringFlagRule,
  ...qualifiedConfigValueRules,
  keystrokeLoginRule,
  netlifyBasicAuthRule,
  emailPasswordPairRule,
  authHeaderCodeRule,
  headerFieldValueRule,
  signingKeyArgumentRule,
  sqlDumpColumnRule,
  urlPasswordRule,
  goMysqlDsnRule,
  recordKeyRule,
  hashingCallPasswordRule,
  rubyBlockAttributeRule,
  csvSourceRowRule,
  xstreamMapEntryRule,
  clientArgumentRule,
  constructorPasswordRule,
  licenseKeyRule,
  tupleAssignmentRule,
  formatArgumentRule,
  pinAssignmentRule,
  armingCodeRule,
  pinPasswordRule,
  csvKeyValueCellRule,
  uciOptionRule,
  wifiCallArgumentRule,
  passwordTableRule,
  byteArrayKeyRule,
  directoryBindCallRule,
  authTupleRule,
  decodedLiteralKeyRule,
  envFallbackRule,
  atCommandCredentialRule,
  kconfigDefaultRule,
  qtSettingsDefaultRule,
  quotingOperatorRule,
  clapDefaultRule,
  guiceConstantRule,
  emailPasswordEntryRule,
  nvsPartitionCsvRule,
  threadNetworkKeyRule,
  bluezBondKeyRule,
  longTokenAssignmentRule,
  formFillPasswordRule,
];
