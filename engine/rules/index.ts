// Every built-in rule, grouped by provider family (one file per family, big families split by theme).
// Order does not matter: exact ties (two rules claiming the same span) go to the higher Rule.priority, then
// the smaller id (engine/detect/scan.ts resolveOverlaps).
import type { Rule } from '../types';
import { aiRules } from './ai';
import { classroomToolRules } from './classroomTools';
import { researchToolRules } from './researchTools';
import { influxCliTableRules } from './influxCliTables';
import { fhemConfigRules } from './fhemConfig';
import { vectorDatabaseKeyRules } from './vectorDatabaseKeys';
import { cloudRules } from './cloud';
import { commandLineRules } from './commandLine';
import { commandLineAdminRules } from './commandLineAdmin';
import { commandLineKeyRules } from './commandLineKeys';
import { firmwareCommandLineRules } from './firmwareCommandLine';
import { hardwareAdminCommandRules } from './hardwareAdminCommands';
import { ciSecretCommandRules } from './ciSecretCommands';
import { terraformStateRules } from './terraformState';
import { terraformPlanValueRules } from './terraformPlanValues';
import { fluentBitConfigRules } from './fluentBitConfig';
import { wordpressConfigListRules } from './wordpressConfigList';
import { oracleReplacePasswordRules } from './oracleReplacePasswords';
import { govcUrlPasswordRules } from './govcUrlPasswords';
import { commandLineOpsRules } from './commandLineOps';
import { gameServerRules } from './gameServers';
import { gameBuildToolRules } from './gameBuildTools';
import { gameConsoleCommandRules } from './gameConsoleCommands';
import { ircServicesPasswordRules } from './ircServicesPasswords';
import { streamingKeyRules } from './streamingKeys';
import { integrationToolRules } from './integrationTools';
import { healthcareToolRules } from './healthcareTools';
import { logisticsToolRules } from './logisticsTools';
import { financeIntegrationRules } from './financeIntegrations';
import { kdbCredentialRules } from './kdbCredentials';
import { httpKeyHeaderRules } from './httpKeyHeaders';
import { publicSectorToolRules } from './publicSectorTools';
import { appSigningToolRules } from './appSigningTools';
import { shellVariableCommandRules } from './shellVariableCommands';
import { serverEnvDirectiveRules } from './serverEnvDirectives';
import { phpSerializedRules } from './phpSerialized';
import { cookieJarRules } from './cookieJar';
import { BARE_LINE_CREDENTIAL_RULES } from './bareLineCredentialFiles';
import { WOWZA_PASSWORD_FILE_RULES } from './wowzaPasswordFiles';
import { strapiAppKeyRules } from './strapiAppKeys';
import { privateFeedUrlRules } from './privateFeedUrls';
import { encodedJwkKeyRules } from './encodedJwkKeys';
import { credentialFileRules } from './credentialFiles';
import { credentialPairRules } from './credentialPairs';
import { databaseRules } from './database';
import { expectScriptRules } from './expectScripts';
import { genericRules } from './generic';
import { httpAuthRules } from './httpAuth';
import { infrastructureRules } from './infrastructure';
import { logOutputRules } from './logOutput';
import { printedSecretCommandRules } from './printedSecretCommands';
import { commentNamedPasswordRules } from './commentNamedPasswords';
import { herokuConfigVarRule } from './herokuConfigVars';
import { wifiJoinCommandRules } from './wifiJoinCommands';
import { keytabKeyListingRule } from './keytabKeyListings';
import { credentialComparisonRules } from './credentialComparisons';
import { cookieConstructorRule } from './cookieConstructors';
import { userAddCommandRules } from './userAddCommands';
import { smartHomeTokenRules } from './smartHomeTokens';
import { messagingRules } from './messaging';
import { observabilityRules } from './observability';
import { oracleLoginRules } from './oracleLogins';
import { packageRegistryRules } from './packageRegistries';
import { paymentRules } from './payments';
import { privateKeyRules } from './privateKeys';
import { publicIdentifierRules } from './publicIdentifiers';
import { protocolTranscriptRules } from './protocolTranscripts';
import { proseRules } from './prose';
import { proseCodeRules, totpSeedCallRule } from './proseCodes';
import { proseDeviceCodeRules } from './proseDeviceCodes';
import { proseNamedCodeRules } from './proseNamedCodes';
import { proseSetToRules } from './proseSetTo';
import { proseFollowupRules } from './proseFollowup';
import { proseColonValueRules } from './proseColonValue';
import { proseNamedAfterRules } from './proseNamedAfter';
import { proseSentenceRules } from './proseSentence';
import { echoedPasswordFileRules } from './echoedPasswordFiles';
import { sqlServerLinkedLoginRules } from './sqlServerLinkedLogins';
import { erpAdminCommandRules } from './erpAdminCommands';
import { walletUnlockCommandRules } from './walletUnlockCommands';
import { proseGivenMidClauseRules } from './proseGivenMidClause';
import { proseHandedPasswordRules } from './proseHandedPasswords';
import { proseAnnouncedListRules } from './proseAnnouncedList';
import { proseJapaneseChangedRules } from './proseJapaneseChanged';
import { proseLoginWithUserRules } from './proseLoginWithUser';
import { proseAccountHasRules } from './proseAccountHas';
import { simCardKeyRules } from './simCardKeys';
import { carrierDeviceSecretRules } from './carrierDeviceSecrets';
import { proseThreadTriedRules } from './proseThreadTried';
import { proseOtherAccountRules } from './proseOtherAccount';
import { providerKeyNearHostRules } from './providerKeysNearHost';
import { configSecretSlotRules } from './configSecretSlots';
import { homeLabSecretRules } from './homeLabSecrets';
import { walletRecoveryPhraseRules } from './walletRecoveryPhrases';
import { ethereumKeyRules } from './ethereumKeys';
import { crackedPasswordOutputRules } from './crackedPasswordOutput';
import { dataScienceCodeRules } from './dataScienceCode';
import { securityToolKeyRules } from './securityToolKeys';
import { proseChatAnswerRules } from './proseChatAnswer';
import { prosePasswordListRules } from './prosePasswordList';
import { proseLoginListRules } from './proseLoginList';
import { proseLoginNextLineRules } from './proseLoginNextLine';
import { proseRootLabelRules } from './proseRootLabel';
import { proseLettersGivenRules } from './proseLettersGiven';
import { passwordHeredocRules } from './passwordHeredoc';
import { proseMailboxLoginRules } from './proseMailboxLogins';
import { proseQuotedPassphraseRules } from './proseQuotedPassphrase';
import { proseSpacedPassphraseRules } from './proseSpacedPassphrase';
import { proseKeyInSentenceRules } from './proseKeyInSentence';
import { proseSecretPhraseRules } from './proseSecretPhrase';
import { providerRules } from './providers';
import { saasSocialRules } from './saasSocial';
import { saasWorkRules } from './saasWork';
import { serviceConfigCredentialRules } from './serviceConfigCredentials';
import { sourceHostingRules } from './sourceHosting';
import { tokenFormatRules } from './tokenFormats';
import { urlPathTokenRules } from './urlPathTokens';
import { windowsAdminRules } from './windowsAdmin';
import { nginxCredentialCheckRules } from './nginxCredentialChecks';
import { cgiEnvAuthorizationRules } from './cgiEnvAuthorization';
import { echoedPasswordCommandRules } from './echoedPasswordCommands';
import { toolDebugOutputRules } from './toolDebugOutput';
import { fastlaneMatchAuthorizationRules } from './fastlaneMatchAuthorization';
import { registryBinaryPasswordRules } from './registryBinaryPasswords';
import { networkDeviceKeyRules } from './networkDeviceKeys';
import { snmpCredentialRules } from './snmpCredentials';
import { networkAaaFileRules } from './networkAaaFiles';
import { userSecretListFileRules } from './userSecretListFiles';
import { xmlCdataSecretRules } from './xmlCdataSecrets';
import { networkOpsSecretRules } from './networkOpsSecrets';
import { ldapBindPasswordRules } from './ldapBindPasswords';
import { ezproxyUserRules } from './ezproxyUsers';
import { moodleCliRules } from './moodleCli';
import { basicBlobVariableRules } from './basicBlobVariables';
import { mifareKeyRules } from './mifareKeys';
import { installerPropertyRules } from './installerProperties';
import { plaintextSchemePasswordRules } from './plaintextSchemePasswords';
import { provisioningCsvKeyRules } from './provisioningCsvKeys';
import { utilityDeviceKeyRules } from './utilityDeviceKeys';
import { logMessageSecretRules } from './logMessageSecrets';
import { remoteAdminToolRules } from './remoteAdminTools';
import { javaRealmUserRules } from './javaRealmUsers';
import { namedValueCommandRules } from './namedValueCommands';
import { configSpacedPassphraseRule } from './configSpacedPassphrases';
import { proseWrappedValueRules } from './proseWrappedValue';
import { dovecotDebugPasswordRules } from './dovecotDebugPasswords';
import { secretListItemRules } from './secretListItems';
import { logBearerTokenRules } from './logBearerTokens';
import { proseSnmpCommunityRules } from './proseSnmpCommunity';
import { hadoopAzureKeyRules } from './hadoopAzureKeys';
import { composerLicenseKeyRules } from './composerLicenseKeys';
import { commentGivenPasswordRules } from './commentGivenPasswords';
import { commentPastedSecretRules } from './commentPastedSecrets';
import { proseOneGivenRules } from './proseOneGiven';
import { concatenatedLoginPairRules } from './generic/concatenatedLoginPairs';
import { secureStringLiteralRules } from './generic/secureStringLiterals';
import { proseThreadLettersRules } from './proseThreadLetters';
import { proseValueGivenRules } from './proseValueGiven';

export const builtinRules: readonly Rule[] = [
  ...cloudRules,
  ...sourceHostingRules,
  ...paymentRules,
  ...messagingRules,
  ...aiRules,
  ...packageRegistryRules,
  ...observabilityRules,
  ...infrastructureRules,
  ...saasWorkRules,
  ...saasSocialRules,
  ...databaseRules,
  ...oracleLoginRules,
  ...commandLineRules,
  ...commandLineAdminRules,
  ...commandLineKeyRules,
  ...firmwareCommandLineRules,
  ...hardwareAdminCommandRules,
  ...ciSecretCommandRules,
  ...terraformStateRules,
  ...terraformPlanValueRules,
  ...fluentBitConfigRules,
  ...wordpressConfigListRules,
  ...oracleReplacePasswordRules,
  ...govcUrlPasswordRules,
  ...commandLineOpsRules,
  ...installerPropertyRules,
  ...plaintextSchemePasswordRules,
  ...provisioningCsvKeyRules,
  ...utilityDeviceKeyRules,
  ...logMessageSecretRules,
  ...remoteAdminToolRules,
  ...javaRealmUserRules,
  ...namedValueCommandRules,
  ...classroomToolRules,
  ...researchToolRules,
  ...gameServerRules,
  ...gameBuildToolRules,
  ...ircServicesPasswordRules,
  ...gameConsoleCommandRules,
  ...streamingKeyRules,
  ...integrationToolRules,
  ...healthcareToolRules,
  ...logisticsToolRules,
  ...publicSectorToolRules,
  ...windowsAdminRules,
  ...appSigningToolRules,
  ...shellVariableCommandRules,
  ...serverEnvDirectiveRules,
  ...phpSerializedRules,
  ...cookieJarRules,
  ...expectScriptRules,
  ...proseRules,
  ...proseFollowupRules,
  ...proseColonValueRules,
  ...proseNamedAfterRules,
  ...proseSentenceRules,
  ...proseGivenMidClauseRules,
  ...proseChatAnswerRules,
  ...prosePasswordListRules,
  ...proseLoginListRules,
  ...proseLoginNextLineRules,
  ...proseRootLabelRules,
  ...passwordHeredocRules,
  ...proseMailboxLoginRules,
  ...proseQuotedPassphraseRules,
  ...proseSpacedPassphraseRules,
  ...proseKeyInSentenceRules,
  ...proseCodeRules,
  totpSeedCallRule,
  ...proseDeviceCodeRules,
  ...proseNamedCodeRules,
  ...proseSetToRules,
  ...privateKeyRules,
  ...credentialFileRules,
  ...BARE_LINE_CREDENTIAL_RULES,
  ...WOWZA_PASSWORD_FILE_RULES,
  ...strapiAppKeyRules,
  ...privateFeedUrlRules,
  ...encodedJwkKeyRules,
  ...serviceConfigCredentialRules,
  ...credentialPairRules,
  ...tokenFormatRules,
  ...urlPathTokenRules,
  ...httpAuthRules,
  ...logOutputRules,
  herokuConfigVarRule,
  ...wifiJoinCommandRules,
  keytabKeyListingRule,
  ...credentialComparisonRules,
  cookieConstructorRule,
  ...userAddCommandRules,
  ...smartHomeTokenRules,
  ...protocolTranscriptRules,
  ...providerRules,
  ...publicIdentifierRules,
  ...genericRules,
  ...nginxCredentialCheckRules,
  ...httpKeyHeaderRules,
  ...cgiEnvAuthorizationRules,
  ...echoedPasswordCommandRules,
  ...toolDebugOutputRules,
  ...fastlaneMatchAuthorizationRules,
  ...registryBinaryPasswordRules,
  ...networkDeviceKeyRules,
  ...snmpCredentialRules,
  ...networkAaaFileRules,
  ...xmlCdataSecretRules,
  ...networkOpsSecretRules,
  ...ldapBindPasswordRules,
  configSpacedPassphraseRule,
  ...proseLettersGivenRules,
  ...printedSecretCommandRules,
  ...commentNamedPasswordRules,
  ...proseWrappedValueRules,
  ...financeIntegrationRules,
  ...kdbCredentialRules,
  ...proseHandedPasswordRules,
  ...proseAnnouncedListRules,
  ...proseJapaneseChangedRules,
  ...proseLoginWithUserRules,
  ...proseAccountHasRules,
  ...influxCliTableRules,
  ...fhemConfigRules,
  ...vectorDatabaseKeyRules,
  ...simCardKeyRules,
  ...carrierDeviceSecretRules,
  ...proseThreadTriedRules,
  ...userSecretListFileRules,
  ...providerKeyNearHostRules,
  ...configSecretSlotRules,
  ...homeLabSecretRules,
  ...proseOtherAccountRules,
  ...dovecotDebugPasswordRules,
  ...secretListItemRules,
  ...logBearerTokenRules,
  ...walletRecoveryPhraseRules,
  ...ethereumKeyRules,
  ...proseSnmpCommunityRules,
  ...hadoopAzureKeyRules,
  ...composerLicenseKeyRules,
  ...commentGivenPasswordRules,
  ...echoedPasswordFileRules,
  ...sqlServerLinkedLoginRules,
  ...erpAdminCommandRules,
  ...walletUnlockCommandRules,
  ...crackedPasswordOutputRules,
  ...dataScienceCodeRules,
  ...securityToolKeyRules,
  ...proseOneGivenRules,
  ...concatenatedLoginPairRules,
  ...secureStringLiteralRules,
  ...commentPastedSecretRules,
  ...proseThreadLettersRules,
  ...proseValueGivenRules,
  ...proseSecretPhraseRules,
  ...ezproxyUserRules,
  ...moodleCliRules,
  ...basicBlobVariableRules,
  ...mifareKeyRules,
];
