// Provider rules added one file per provider (engine/rules/providers/<provider>.ts), listed here in
// alphabetical order of file name. The first rules live in the family files beside this folder
// (engine/rules/<family>.ts); a new rule for a provider already there goes next to its siblings.
import type { Rule } from '../../types';
import { calendarificRules } from './calendarific';
import { calendlyRules } from './calendly';
import { calorieninjasRules } from './calorieninjas';
import { cannyRules } from './canny';
import { capsuleCrmRules } from './capsule-crm';
import { carbonInterfaceRules } from './carbon-interface';
import { cartesiaRules } from './cartesia';
import { cashfreeRules } from './cashfree';
import { centralstationcrmRules } from './centralstationcrm';
import { chartmogulRules } from './chartmogul';
import { chatbotRules } from './chatbot';
import { chatfuelRules } from './chatfuel';
import { checkoutComRules } from './checkout-com';
import { chromaticRules } from './chromatic';
import { ciceroRules } from './cicero';
import { clarifaiRules } from './clarifai';
import { clearbitRules } from './clearbit';
import { cliengoRules } from './cliengo';
import { clockifyRules } from './clockify';
import { closeRules } from './close';
import { cloudconvertRules } from './cloudconvert';
import { cloudimageRules } from './cloudimage';
import { cloudmersiveRules } from './cloudmersive';
import { cloudsightRules } from './cloudsight';
import { cloverlyRules } from './cloverly';
import { clustdocRules } from './clustdoc';
import { codaRules } from './coda';
import { codacyRules } from './codacy';
import { codeClimateRules } from './code-climate';
import { codemagicRules } from './codemagic';
import { codequiryRules } from './codequiry';
import { coinapiRules } from './coinapi';
import { coinlayerRules } from './coinlayer';
import { coinlibRules } from './coinlib';
import { columnRules } from './column';
import { commercejsRules } from './commercejs';
import { contentstackRules } from './contentstack';
import { contributedSystemsRules } from './contributed-systems';
import { convertapiRules } from './convertapi';
import { convertkitRules } from './convertkit';
import { convexRules } from './convex';
import { coralogixRules } from './coralogix';
import { countrylayerRules } from './countrylayer';
import { courierRules } from './courier';
import { coveoRules } from './coveo';
import { coverallsRules } from './coveralls';
import { craftmypdfRules } from './craftmypdf';
import { crowdinRules } from './crowdin';
import { crowdstrikeRules } from './crowdstrike';
import { cryptocompareRules } from './cryptocompare';
import { currencybeaconRules } from './currencybeacon';
import { currencyfreaksRules } from './currencyfreaks';
import { currencylayerRules } from './currencylayer';
import { currentsApiRules } from './currents-api';
import { customerIoRules } from './customer-io';
import { dailyRules } from './daily';
import { dandelionRules } from './dandelion';
import { dareboostRules } from './dareboost';
import { dataGovRules } from './data-gov';
import { databentoRules } from './databento';
import { datastaxRules } from './datastax';
import { dbtRules } from './dbt';
import { debounceRules } from './debounce';
import { deepaiRules } from './deepai';
import { deepinfraRules } from './deepinfra';
import { definedNetworkingRules } from './defined-networking';
import { delightedRules } from './delighted';
import { denoDeployRules } from './deno-deploy';
import { dependencyTrackRules } from './dependency-track';
import { detectifyRules } from './detectify';
import { detectlanguageRules } from './detectlanguage';
import { devcycleRules } from './devcycle';
import { diffbotRules } from './diffbot';
import { diggernautRules } from './diggernaut';
import { disqusRules } from './disqus';
import { dittoRules } from './ditto';
import { docparserRules } from './docparser';
import { documoRules } from './documo';
import { dronahqRules } from './dronahq';
import { droneRules } from './drone';
import { duoRules } from './duo';
import { dwollaRules } from './dwolla';
import { dynalistRules } from './dynalist';
import { dyspatchRules } from './dyspatch';
import { e2bRules } from './e2b';
import { ebayRules } from './ebay';
import { ecostruxureItRules } from './ecostruxure-it';
import { edenAiRules } from './eden-ai';
import { elasticRules } from './elastic';
import { elasticEmailRules } from './elastic-email';
import { enigmaRules } from './enigma';
import { eraserRules } from './eraser';
import { etherscanRules } from './etherscan';
import { etsyRules } from './etsy';
import { eventbriteRules } from './eventbrite';
import { everhourRules } from './everhour';
import { exaRules } from './exa';
import { exchangerateApiRules } from './exchangerate-api';
import { exchangeratesapiRules } from './exchangeratesapi';
import { extractorapiRules } from './extractorapi';
import { falRules } from './fal';
import { faunaRules } from './fauna';
import { feedierRules } from './feedier';
import { finageRules } from './finage';
import { financialModelingPrepRules } from './financial-modeling-prep';
import { finicityRules } from './finicity';
import { finnhubRules } from './finnhub';
import { firecrawlRules } from './firecrawl';
import { fivetranRules } from './fivetran';
import { fixerRules } from './fixer';
import { flagsmithRules } from './flagsmith';
import { flatIoRules } from './flat-io';
import { fleetbaseRules } from './fleetbase';
import { flexportRules } from './flexport';
import { flickrRules } from './flickr';
import { flightapiRules } from './flightapi';
import { foursquareRules } from './foursquare';
import { freshbooksRules } from './freshbooks';
import { freshdeskRules } from './freshdesk';
import { frontRules } from './front';
import { fulcrumRules } from './fulcrum';
import { fullstoryRules } from './fullstory';
import { gcNotifyRules } from './gc-notify';
import { geminiExchangeRules } from './gemini-exchange';
import { geoapifyRules } from './geoapify';
import { getresponseRules } from './getresponse';
import { gitterRules } from './gitter';
import { glassnodeRules } from './glassnode';
import { godaddyRules } from './godaddy';
import { gooddayRules } from './goodday';
import { govukNotifyRules } from './govuk-notify';
import { graphhopperRules } from './graphhopper';
import { grooveRules } from './groove';
import { gtmetrixRules } from './gtmetrix';
import { guardianRules } from './guardian';
import { gumroadRules } from './gumroad';
import { gyazoRules } from './gyazo';
import { happyscribeRules } from './happyscribe';
import { harvestRules } from './harvest';
import { hashicorpConsulRules } from './hashicorp-consul';
import { hashicorpNomadRules } from './hashicorp-nomad';
import { hasuraRules } from './hasura';
import { hcaptchaRules } from './hcaptcha';
import { heliconeRules } from './helicone';
import { hellosignRules } from './hellosign';
import { helpscoutRules } from './helpscout';
import { hereRules } from './here';
import { holidayApiRules } from './holiday-api';
import { html2pdfRules } from './html2pdf';
import { humanloopRules } from './humanloop';
import { hunterRules } from './hunter';
import { iconfinderRules } from './iconfinder';
import { iexCloudRules } from './iex-cloud';
import { imagekitRules } from './imagekit';
import { imgurRules } from './imgur';
import { infisicalRules } from './infisical';
import { infuraRules } from './infura';
import { inngestRules } from './inngest';
import { insightlyRules } from './insightly';
import { intra42Rules } from './intra42';
import { intrinioRules } from './intrinio';
import { ionicRules } from './ionic';
import { ip2locationRules } from './ip2location';
import { ipapiRules } from './ipapi';
import { ipdataRules } from './ipdata';
import { ipgeolocationRules } from './ipgeolocation';
import { ipifyRules } from './ipify';
import { ipinfoRules } from './ipinfo';
import { ipinfodbRules } from './ipinfodb';
import { ipqualityscoreRules } from './ipqualityscore';
import { ipstackRules } from './ipstack';
import { iterableRules } from './iterable';
import { iterativeRules } from './iterative';
import { jenkinsRules } from './jenkins';
import { jetbrainsRules } from './jetbrains';
import { jinaRules } from './jina';
import { jotformRules } from './jotform';
import { jumpcloudRules } from './jumpcloud';
import { jupiteroneRules } from './jupiterone';
import { juroRules } from './juro';
import { kagiRules } from './kagi';
import { karmacrmRules } from './karmacrm';
import { keygenRules } from './keygen';
import { kickboxRules } from './kickbox';
import { klaviyoRules } from './klaviyo';
import { klipfolioRules } from './klipfolio';
import { knapsackProRules } from './knapsack-pro';
import { kongKonnectRules } from './kong-konnect';
import { krakenRules } from './kraken';
import { kucoinRules } from './kucoin';
import { languagelayerRules } from './languagelayer';
import { larkRules } from './lark';
import { lemlistRules } from './lemlist';
import { lemonSqueezyRules } from './lemon-squeezy';
import { lichessRules } from './lichess';
import { lineRules } from './line';
import { linkpreviewRules } from './linkpreview';
import { livestormRules } from './livestorm';
import { llamacloudRules } from './llamacloud';
import { loadmillRules } from './loadmill';
import { localstackRules } from './localstack';
import { logglyRules } from './loggly';
import { logicmonitorRules } from './logicmonitor';
import { loginWithAmazonRules } from './login-with-amazon';
import { loginradiusRules } from './loginradius';
import { lokaliseRules } from './lokalise';
import { lookerRules } from './looker';
import { loyverseRules } from './loyverse';
import { lunchMoneyRules } from './lunch-money';

export const providerRules: readonly Rule[] = [
  ...calendarificRules,
  ...calendlyRules,
  ...calorieninjasRules,
  ...cannyRules,
  ...capsuleCrmRules,
  ...carbonInterfaceRules,
  ...cartesiaRules,
  ...cashfreeRules,
  ...centralstationcrmRules,
  ...chartmogulRules,
  ...chatbotRules,
  ...chatfuelRules,
  ...checkoutComRules,
  ...chromaticRules,
  ...ciceroRules,
  ...clarifaiRules,
  ...clearbitRules,
  ...cliengoRules,
  ...clockifyRules,
  ...closeRules,
  ...cloudconvertRules,
  ...cloudimageRules,
  ...cloudmersiveRules,
  ...cloudsightRules,
  ...cloverlyRules,
  ...clustdocRules,
  ...codaRules,
  ...codacyRules,
  ...codeClimateRules,
  ...codemagicRules,
  ...codequiryRules,
  ...coinapiRules,
  ...coinlayerRules,
  ...coinlibRules,
  ...columnRules,
  ...commercejsRules,
  ...contentstackRules,
  ...contributedSystemsRules,
  ...convertapiRules,
  ...convertkitRules,
  ...convexRules,
  ...coralogixRules,
  ...countrylayerRules,
  ...courierRules,
  ...coveoRules,
  ...coverallsRules,
  ...craftmypdfRules,
  ...crowdinRules,
  ...crowdstrikeRules,
  ...cryptocompareRules,
  ...currencybeaconRules,
  ...currencyfreaksRules,
  ...currencylayerRules,
  ...currentsApiRules,
  ...customerIoRules,
  ...dailyRules,
  ...dandelionRules,
  ...dareboostRules,
  ...dataGovRules,
  ...databentoRules,
  ...datastaxRules,
  ...dbtRules,
  ...debounceRules,
  ...deepaiRules,
  ...deepinfraRules,
  ...definedNetworkingRules,
  ...delightedRules,
  ...denoDeployRules,
  ...dependencyTrackRules,
  ...detectifyRules,
  ...detectlanguageRules,
  ...devcycleRules,
  ...diffbotRules,
  ...diggernautRules,
  ...disqusRules,
  ...dittoRules,
  ...docparserRules,
  ...documoRules,
  ...dronahqRules,
  ...droneRules,
  ...duoRules,
  ...dwollaRules,
  ...dynalistRules,
  ...dyspatchRules,
  ...e2bRules,
  ...ebayRules,
  ...ecostruxureItRules,
  ...edenAiRules,
  ...elasticRules,
  ...elasticEmailRules,
  ...enigmaRules,
  ...eraserRules,
  ...etherscanRules,
  ...etsyRules,
  ...eventbriteRules,
  ...everhourRules,
  ...exaRules,
  ...exchangerateApiRules,
  ...exchangeratesapiRules,
  ...extractorapiRules,
  ...falRules,
  ...faunaRules,
  ...feedierRules,
  ...finageRules,
  ...financialModelingPrepRules,
  ...finicityRules,
  ...finnhubRules,
  ...firecrawlRules,
  ...fivetranRules,
  ...fixerRules,
  ...flagsmithRules,
  ...flatIoRules,
  ...fleetbaseRules,
  ...flexportRules,
  ...flickrRules,
  ...flightapiRules,
  ...foursquareRules,
  ...freshbooksRules,
  ...freshdeskRules,
  ...frontRules,
  ...fulcrumRules,
  ...fullstoryRules,
  ...gcNotifyRules,
  ...geminiExchangeRules,
  ...geoapifyRules,
  ...getresponseRules,
  ...gitterRules,
  ...glassnodeRules,
  ...godaddyRules,
  ...gooddayRules,
  ...govukNotifyRules,
  ...graphhopperRules,
  ...grooveRules,
  ...gtmetrixRules,
  ...guardianRules,
  ...gumroadRules,
  ...gyazoRules,
  ...happyscribeRules,
  ...harvestRules,
  ...hashicorpConsulRules,
  ...hashicorpNomadRules,
  ...hasuraRules,
  ...hcaptchaRules,
  ...heliconeRules,
  ...hellosignRules,
  ...helpscoutRules,
  ...hereRules,
  ...holidayApiRules,
  ...html2pdfRules,
  ...humanloopRules,
  ...hunterRules,
  ...iconfinderRules,
  ...iexCloudRules,
  ...imagekitRules,
  ...imgurRules,
  ...infisicalRules,
  ...infuraRules,
  ...inngestRules,
  ...insightlyRules,
  ...intra42Rules,
  ...intrinioRules,
  ...ionicRules,
  ...ip2locationRules,
  ...ipapiRules,
  ...ipdataRules,
  ...ipgeolocationRules,
  ...ipifyRules,
  ...ipinfoRules,
  ...ipinfodbRules,
  ...ipqualityscoreRules,
  ...ipstackRules,
  ...iterableRules,
  ...iterativeRules,
  ...jenkinsRules,
  ...jetbrainsRules,
  ...jinaRules,
  ...jotformRules,
  ...jumpcloudRules,
  ...jupiteroneRules,
  ...juroRules,
  ...kagiRules,
  ...karmacrmRules,
  ...keygenRules,
  ...kickboxRules,
  ...klaviyoRules,
  ...klipfolioRules,
  ...knapsackProRules,
  ...kongKonnectRules,
  ...krakenRules,
  ...kucoinRules,
  ...languagelayerRules,
  ...larkRules,
  ...lemlistRules,
  ...lemonSqueezyRules,
  ...lichessRules,
  ...lineRules,
  ...linkpreviewRules,
  ...livestormRules,
  ...llamacloudRules,
  ...loadmillRules,
  ...localstackRules,
  ...logglyRules,
  ...logicmonitorRules,
  ...loginWithAmazonRules,
  ...loginradiusRules,
  ...lokaliseRules,
  ...lookerRules,
  ...loyverseRules,
  ...lunchMoneyRules,
];
