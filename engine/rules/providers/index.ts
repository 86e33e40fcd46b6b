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
import { cfxReRules } from './cfx-re';
import { chargebeeRules } from './chargebee';
import { chartmogulRules } from './chartmogul';
import { chatbotRules } from './chatbot';
import { chatfuelRules } from './chatfuel';
import { checkoutComRules } from './checkout-com';
import { chromaticRules } from './chromatic';
import { ciceroRules } from './cicero';
import { clarifaiRules } from './clarifai';
import { clearbitRules } from './clearbit';
import { clicksendRules } from './clicksend';
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
import { conversionToolsRules } from './conversion-tools';
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
import { currencycloudRules } from './currencycloud';
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
import { docusignRules } from './docusign';
import { dronahqRules } from './dronahq';
import { droneRules } from './drone';
import { duoRules } from './duo';
import { dwollaRules } from './dwolla';
import { dynalistRules } from './dynalist';
import { dyspatchRules } from './dyspatch';
import { e2bRules } from './e2b';
import { ebayRules } from './ebay';
import { ecostruxureItRules } from './ecostruxure-it';
import { edamamRules } from './edamam';
import { edenAiRules } from './eden-ai';
import { elasticEmailRules } from './elastic-email';
import { elasticRules } from './elastic';
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
import { faceplusplusRules } from './faceplusplus';
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
import { flightlabsRules } from './flightlabs';
import { flightstatsRules } from './flightstats';
import { formioRules } from './formio';
import { foursquareRules } from './foursquare';
import { freshbooksRules } from './freshbooks';
import { freshdeskRules } from './freshdesk';
import { frontRules } from './front';
import { fulcrumRules } from './fulcrum';
import { fullstoryRules } from './fullstory';
import { gcNotifyRules } from './gc-notify';
import { geminiExchangeRules } from './gemini-exchange';
import { geoapifyRules } from './geoapify';
import { geocodioRules } from './geocodio';
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
import { hygraphRules } from './hygraph';
import { iconfinderRules } from './iconfinder';
import { iexCloudRules } from './iex-cloud';
import { imagekitRules } from './imagekit';
import { imaggaRules } from './imagga';
import { imgurRules } from './imgur';
import { infisicalRules } from './infisical';
import { infuraRules } from './infura';
import { inngestRules } from './inngest';
import { insightlyRules } from './insightly';
import { instamojoRules } from './instamojo';
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
import { keenRules } from './keen';
import { keygenRules } from './keygen';
import { kickboxRules } from './kickbox';
import { klaviyoRules } from './klaviyo';
import { klipfolioRules } from './klipfolio';
import { knapsackProRules } from './knapsack-pro';
import { kongKonnectRules } from './kong-konnect';
import { kontentAiRules } from './kontent-ai';
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
import { locationiqRules } from './locationiq';
import { logglyRules } from './loggly';
import { logicmonitorRules } from './logicmonitor';
import { loginWithAmazonRules } from './login-with-amazon';
import { loginradiusRules } from './loginradius';
import { lokaliseRules } from './lokalise';
import { lookerRules } from './looker';
import { loyverseRules } from './loyverse';
import { lunchMoneyRules } from './lunch-money';
import { lunoRules } from './luno';
import { madkuduRules } from './madkudu';
import { mailboxlayerRules } from './mailboxlayer';
import { mailerliteRules } from './mailerlite';
import { mailmodoRules } from './mailmodo';
import { mailsacRules } from './mailsac';
import { mapquestRules } from './mapquest';
import { marketstackRules } from './marketstack';
import { matrixRules } from './matrix';
import { mavenlinkRules } from './mavenlink';
import { mediastackRules } from './mediastack';
import { meistertaskRules } from './meistertask';
import { mesiboRules } from './mesibo';
import { metriloRules } from './metrilo';
import { mindmeisterRules } from './mindmeister';
import { miroRules } from './miro';
import { mixmaxRules } from './mixmax';
import { monkeylearnRules } from './monkeylearn';
import { moonclerkRules } from './moonclerk';
import { moosendRules } from './moosend';
import { moralisRules } from './moralis';
import { n8nRules } from './n8n';
import { nasaRules } from './nasa';
import { nasdaqDataLinkRules } from './nasdaq-data-link';
import { newsapiRules } from './newsapi';
import { newscatcherRules } from './newscatcher';
import { nftportRules } from './nftport';
import { nicereplyRules } from './nicereply';
import { nightfallRules } from './nightfall';
import { nimbleRules } from './nimble';
import { noticeableRules } from './noticeable';
import { nozbeRules } from './nozbe';
import { numverifyRules } from './numverify';
import { nylasRules } from './nylas';
import { nytimesRules } from './nytimes';
import { oandaRules } from './oanda';
import { onesignalRules } from './onesignal';
import { onfidoRules } from './onfido';
import { onfleetRules } from './onfleet';
import { oopspamRules } from './oopspam';
import { opencageRules } from './opencage';
import { openuvRules } from './openuv';
import { openweatherRules } from './openweather';
import { oryRules } from './ory';
import { overloopRules } from './overloop';
import { owlbotRules } from './owlbot';
import { packagecloudRules } from './packagecloud';
import { paddleRules } from './paddle';
import { pagarmeRules } from './pagarme';
import { pandadocRules } from './pandadoc';
import { pandascoreRules } from './pandascore';
import { pangeaRules } from './pangea';
import { partnerstackRules } from './partnerstack';
import { pastebinRules } from './pastebin';
import { paydirtRules } from './paydirt';
import { paymoRules } from './paymo';
import { pdflayerRules } from './pdflayer';
import { pdfshiftRules } from './pdfshift';
import { peopledatalabsRules } from './peopledatalabs';
import { pepipostRules } from './pepipost';
import { personaRules } from './persona';
import { pinataRules } from './pinata';
import { pinterestRules } from './pinterest';
import { pipedreamRules } from './pipedream';
import { pipedriveRules } from './pipedrive';
import { pixabayRules } from './pixabay';
import { planyoRules } from './planyo';
import { podioRules } from './podio';
import { polarRules } from './polar';
import { pollsapiRules } from './pollsapi';
import { polygonRules } from './polygon';
import { portainerRules } from './portainer';
import { positionstackRules } from './positionstack';
import { postageappRules } from './postageapp';
import { powrbotRules } from './powrbot';
import { prodpadRules } from './prodpad';
import { protocolsIoRules } from './protocols-io';
import { proxycrawlRules } from './proxycrawl';
import { pterodactylRules } from './pterodactyl';
import { pubnubRules } from './pubnub';
import { pushbulletRules } from './pushbullet';
import { qaseRules } from './qase';
import { qualarooRules } from './qualaroo';
import { quboleRules } from './qubole';
import { radarRules } from './radar';
import { rancherRules } from './rancher';
import { rawgRules } from './rawg';
import { reachmailRules } from './reachmail';
import { rebrandlyRules } from './rebrandly';
import { replyioRules } from './replyio';
import { requestFinanceRules } from './request-finance';
import { restpackRules } from './restpack';
import { riotGamesRules } from './riot-games';
import { ritekitRules } from './ritekit';
import { robloxRules } from './roblox';
import { rocksetRules } from './rockset';
import { rootlyRules } from './rootly';
import { route4meRules } from './route4me';
import { runpodRules } from './runpod';
import { salesblinkRules } from './salesblink';
import { salescookieRules } from './salescookie';
import { salesflareRules } from './salesflare';
import { samsaraRules } from './samsara';
import { scrapeowlRules } from './scrapeowl';
import { scraperapiRules } from './scraperapi';
import { scraperboxRules } from './scraperbox';
import { scrapestackRules } from './scrapestack';
import { scrapflyRules } from './scrapfly';
import { scrapingantRules } from './scrapingant';
import { scrapingbeeRules } from './scrapingbee';
import { screenshotapiRules } from './screenshotapi';
import { screenshotlayerRules } from './screenshotlayer';
import { scrutinizerRules } from './scrutinizer';
import { securitytrailsRules } from './securitytrails';
import { selectpdfRules } from './selectpdf';
import { semaphoreRules } from './semaphore';
import { serpapiRules } from './serpapi';
import { serphouseRules } from './serphouse';
import { serpstackRules } from './serpstack';
import { settlemintRules } from './settlemint';
import { sherpadeskRules } from './sherpadesk';
import { shodanRules } from './shodan';
import { shotstackRules } from './shotstack';
import { signaturitRules } from './signaturit';
import { signupgeniusRules } from './signupgenius';
import { sigoptRules } from './sigopt';
import { simfinRules } from './simfin';
import { simplesatRules } from './simplesat';
import { simvolyRules } from './simvoly';
import { skrappRules } from './skrapp';
import { smartsheetRules } from './smartsheet';
import { snipcartRules } from './snipcart';
import { socketRules } from './socket';
import { speechtextRules } from './speechtext';
import { spoonacularRules } from './spoonacular';
import { sportmonksRules } from './sportmonks';
import { sslmateRules } from './sslmate';
import { stackhawkRules } from './stackhawk';
import { statuscakeRules } from './statuscake';
import { statuspageRules } from './statuspage';
import { statuspalRules } from './statuspal';
import { stitchDataRules } from './stitch-data';
import { storecoveRules } from './storecove';
import { stormboardRules } from './stormboard';
import { stormglassRules } from './stormglass';
import { storyblokRules } from './storyblok';
import { streakRules } from './streak';
import { stytchRules } from './stytch';
import { supernotesRules } from './supernotes';
import { surveybotRules } from './surveybot';
import { surveysparrowRules } from './surveysparrow';
import { survicateRules } from './survicate';
import { swiftypeRules } from './swiftype';
import { tallyfyRules } from './tallyfy';
import { tavilyRules } from './tavily';
import { teamworkRules } from './teamwork';
import { technicalAnalysisApiRules } from './technical-analysis-api';
import { tefterRules } from './tefter';
import { theOddsApiRules } from './the-odds-api';
import { ticketTailorRules } from './ticket-tailor';
import { ticketmasterRules } from './ticketmaster';
import { tiingoRules } from './tiingo';
import { timecampRules } from './timecamp';
import { timezoneapiRules } from './timezoneapi';
import { tmetricRules } from './tmetric';
import { todoistRules } from './todoist';
import { togglRules } from './toggl';
import { tomtomRules } from './tomtom';
import { tradierRules } from './tradier';
import { travelpayoutsRules } from './travelpayouts';
import { triggerDevRules } from './trigger-dev';
import { twelveDataRules } from './twelve-data';
import { tyntecRules } from './tyntec';
import { ubidotsRules } from './ubidots';
import { unkeyRules } from './unkey';
import { unpluggRules } from './unplugg';
import { unsplashRules } from './unsplash';
import { upcDatabaseRules } from './upc-database';
import { upleadRules } from './uplead';
import { upwaveRules } from './upwave';
import { urlscanRules } from './urlscan';
import { userflowRules } from './userflow';
import { userstackRules } from './userstack';
import { vatlayerRules } from './vatlayer';
import { vboutRules } from './vbout';
import { verimailRules } from './verimail';
import { veriphoneRules } from './veriphone';
import { versioneyeRules } from './versioneye';
import { virustotalRules } from './virustotal';
import { visualCrossingRules } from './visual-crossing';
import { voiceflowRules } from './voiceflow';
import { voodooSmsRules } from './voodoo-sms';
import { vpnapiRules } from './vpnapi';
import { wakatimeRules } from './wakatime';
import { walkscoreRules } from './walkscore';
import { weatherbitRules } from './weatherbit';
import { weatherstackRules } from './weatherstack';
import { webscraperRules } from './webscraper';
import { webscrapingapiRules } from './webscrapingapi';
import { whoxyRules } from './whoxy';
import { wistiaRules } from './wistia';
import { wixRules } from './wix';
import { woocommerceRules } from './woocommerce';
import { worksnapsRules } from './worksnaps';
import { workstackRules } from './workstack';
import { worldWeatherOnlineRules } from './world-weather-online';
import { worldcoinindexRules } from './worldcoinindex';
import { xataRules } from './xata';
import { yelpRules } from './yelp';
import { ynabRules } from './ynab';
import { yousignRules } from './yousign';
import { zenkitRules } from './zenkit';
import { zenrowsRules } from './zenrows';
import { zenscrapeRules } from './zenscrape';
import { zerobounceRules } from './zerobounce';
import { zerotierRules } from './zerotier';
import { zipcodeapiRules } from './zipcodeapi';
import { zipcodebaseRules } from './zipcodebase';
import { zohoRules } from './zoho';
import { zonkaRules } from './zonka';
import { zuploRules } from './zuplo';

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
  ...cfxReRules,
  ...chargebeeRules,
  ...chartmogulRules,
  ...chatbotRules,
  ...chatfuelRules,
  ...checkoutComRules,
  ...chromaticRules,
  ...ciceroRules,
  ...clarifaiRules,
  ...clearbitRules,
  ...clicksendRules,
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
  ...conversionToolsRules,
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
  ...currencycloudRules,
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
  ...docusignRules,
  ...dronahqRules,
  ...droneRules,
  ...duoRules,
  ...dwollaRules,
  ...dynalistRules,
  ...dyspatchRules,
  ...e2bRules,
  ...ebayRules,
  ...ecostruxureItRules,
  ...edamamRules,
  ...edenAiRules,
  ...elasticEmailRules,
  ...elasticRules,
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
  ...faceplusplusRules,
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
  ...flightlabsRules,
  ...flightstatsRules,
  ...formioRules,
  ...foursquareRules,
  ...freshbooksRules,
  ...freshdeskRules,
  ...frontRules,
  ...fulcrumRules,
  ...fullstoryRules,
  ...gcNotifyRules,
  ...geminiExchangeRules,
  ...geoapifyRules,
  ...geocodioRules,
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
  ...hygraphRules,
  ...iconfinderRules,
  ...iexCloudRules,
  ...imagekitRules,
  ...imaggaRules,
  ...imgurRules,
  ...infisicalRules,
  ...infuraRules,
  ...inngestRules,
  ...insightlyRules,
  ...instamojoRules,
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
  ...keenRules,
  ...keygenRules,
  ...kickboxRules,
  ...klaviyoRules,
  ...klipfolioRules,
  ...knapsackProRules,
  ...kongKonnectRules,
  ...kontentAiRules,
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
  ...locationiqRules,
  ...logglyRules,
  ...logicmonitorRules,
  ...loginWithAmazonRules,
  ...loginradiusRules,
  ...lokaliseRules,
  ...lookerRules,
  ...loyverseRules,
  ...lunchMoneyRules,
  ...lunoRules,
  ...madkuduRules,
  ...mailboxlayerRules,
  ...mailerliteRules,
  ...mailmodoRules,
  ...mailsacRules,
  ...mapquestRules,
  ...marketstackRules,
  ...matrixRules,
  ...mavenlinkRules,
  ...mediastackRules,
  ...meistertaskRules,
  ...mesiboRules,
  ...metriloRules,
  ...mindmeisterRules,
  ...miroRules,
  ...mixmaxRules,
  ...monkeylearnRules,
  ...moonclerkRules,
  ...moosendRules,
  ...moralisRules,
  ...n8nRules,
  ...nasaRules,
  ...nasdaqDataLinkRules,
  ...newsapiRules,
  ...newscatcherRules,
  ...nftportRules,
  ...nicereplyRules,
  ...nightfallRules,
  ...nimbleRules,
  ...noticeableRules,
  ...nozbeRules,
  ...numverifyRules,
  ...nylasRules,
  ...nytimesRules,
  ...oandaRules,
  ...onesignalRules,
  ...onfidoRules,
  ...onfleetRules,
  ...oopspamRules,
  ...opencageRules,
  ...openuvRules,
  ...openweatherRules,
  ...oryRules,
  ...overloopRules,
  ...owlbotRules,
  ...packagecloudRules,
  ...paddleRules,
  ...pagarmeRules,
  ...pandadocRules,
  ...pandascoreRules,
  ...pangeaRules,
  ...partnerstackRules,
  ...pastebinRules,
  ...paydirtRules,
  ...paymoRules,
  ...pdflayerRules,
  ...pdfshiftRules,
  ...peopledatalabsRules,
  ...pepipostRules,
  ...personaRules,
  ...pinataRules,
  ...pinterestRules,
  ...pipedreamRules,
  ...pipedriveRules,
  ...pixabayRules,
  ...planyoRules,
  ...podioRules,
  ...polarRules,
  ...pollsapiRules,
  ...polygonRules,
  ...portainerRules,
  ...positionstackRules,
  ...postageappRules,
  ...powrbotRules,
  ...prodpadRules,
  ...protocolsIoRules,
  ...proxycrawlRules,
  ...pterodactylRules,
  ...pubnubRules,
  ...pushbulletRules,
  ...qaseRules,
  ...qualarooRules,
  ...quboleRules,
  ...radarRules,
  ...rancherRules,
  ...rawgRules,
  ...reachmailRules,
  ...rebrandlyRules,
  ...replyioRules,
  ...requestFinanceRules,
  ...restpackRules,
  ...riotGamesRules,
  ...ritekitRules,
  ...robloxRules,
  ...rocksetRules,
  ...rootlyRules,
  ...route4meRules,
  ...runpodRules,
  ...salesblinkRules,
  ...salescookieRules,
  ...salesflareRules,
  ...samsaraRules,
  ...scrapeowlRules,
  ...scraperapiRules,
  ...scraperboxRules,
  ...scrapestackRules,
  ...scrapflyRules,
  ...scrapingantRules,
  ...scrapingbeeRules,
  ...screenshotapiRules,
  ...screenshotlayerRules,
  ...scrutinizerRules,
  ...securitytrailsRules,
  ...selectpdfRules,
  ...semaphoreRules,
  ...serpapiRules,
  ...serphouseRules,
  ...serpstackRules,
  ...settlemintRules,
  ...sherpadeskRules,
  ...shodanRules,
  ...shotstackRules,
  ...signaturitRules,
  ...signupgeniusRules,
  ...sigoptRules,
  ...simfinRules,
  ...simplesatRules,
  ...simvolyRules,
  ...skrappRules,
  ...smartsheetRules,
  ...snipcartRules,
  ...socketRules,
  ...speechtextRules,
  ...spoonacularRules,
  ...sportmonksRules,
  ...sslmateRules,
  ...stackhawkRules,
  ...statuscakeRules,
  ...statuspageRules,
  ...statuspalRules,
  ...stitchDataRules,
  ...storecoveRules,
  ...stormboardRules,
  ...stormglassRules,
  ...storyblokRules,
  ...streakRules,
  ...stytchRules,
  ...supernotesRules,
  ...surveybotRules,
  ...surveysparrowRules,
  ...survicateRules,
  ...swiftypeRules,
  ...tallyfyRules,
  ...tavilyRules,
  ...teamworkRules,
  ...technicalAnalysisApiRules,
  ...tefterRules,
  ...theOddsApiRules,
  ...ticketTailorRules,
  ...ticketmasterRules,
  ...tiingoRules,
  ...timecampRules,
  ...timezoneapiRules,
  ...tmetricRules,
  ...todoistRules,
  ...togglRules,
  ...tomtomRules,
  ...tradierRules,
  ...travelpayoutsRules,
  ...triggerDevRules,
  ...twelveDataRules,
  ...tyntecRules,
  ...ubidotsRules,
  ...unkeyRules,
  ...unpluggRules,
  ...unsplashRules,
  ...upcDatabaseRules,
  ...upleadRules,
  ...upwaveRules,
  ...urlscanRules,
  ...userflowRules,
  ...userstackRules,
  ...vatlayerRules,
  ...vboutRules,
  ...verimailRules,
  ...veriphoneRules,
  ...versioneyeRules,
  ...virustotalRules,
  ...visualCrossingRules,
  ...voiceflowRules,
  ...voodooSmsRules,
  ...vpnapiRules,
  ...wakatimeRules,
  ...walkscoreRules,
  ...weatherbitRules,
  ...weatherstackRules,
  ...webscraperRules,
  ...webscrapingapiRules,
  ...whoxyRules,
  ...wistiaRules,
  ...wixRules,
  ...woocommerceRules,
  ...worksnapsRules,
  ...workstackRules,
  ...worldWeatherOnlineRules,
  ...worldcoinindexRules,
  ...xataRules,
  ...yelpRules,
  ...ynabRules,
  ...yousignRules,
  ...zenkitRules,
  ...zenrowsRules,
  ...zenscrapeRules,
  ...zerobounceRules,
  ...zerotierRules,
  ...zipcodeapiRules,
  ...zipcodebaseRules,
  ...zohoRules,
  ...zonkaRules,
  ...zuploRules,
];
