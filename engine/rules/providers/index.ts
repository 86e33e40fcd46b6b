// Provider rules added one file per provider (engine/rules/providers/<provider>.ts), listed here in
// alphabetical order of file name. The first rules live in the family files beside this folder
// (engine/rules/<family>.ts); a new rule for a provider already there goes next to its siblings.
import type { Rule } from '../../types';
import { abstractApiRules } from './abstract-api';
import { abuseipdbRules } from './abuseipdb';
import { accuweatherRules } from './accuweather';
import { adafruitRules } from './adafruit';
import { paloaltoRules } from './paloalto';
import { adzunaRules } from './adzuna';
import { agoraRules } from './agora';
import { ahaRules } from './aha';
import { airbrakeRules } from './airbrake';
import { airshipRules } from './airship';
import { akamaiRules } from './akamai';
import { alchemyRules } from './alchemy';
import { rpcEndpointRules } from './rpcEndpoints';
import { alienvaultRules } from './alienvault';
import { alpacaRules } from './alpaca';
import { amadeusRules } from './amadeus';
import { ambeeRules } from './ambee';
import { amplitudeRules } from './amplitude';
import { anypointRules } from './anypoint';
import { apiflashRules } from './apiflash';
import { apifonicaRules } from './apifonica';
import { apilayerRules } from './apilayer';
import { apimetricsRules } from './apimetrics';
import { apitemplateRules } from './apitemplate';
import { apolloGraphosRules } from './apollo-graphos';
import { apolloRules } from './apollo';
import { appcenterRules } from './appcenter';
import { appfollowRules } from './appfollow';
import { appleRules } from './apple';
import { appointeddRules } from './appointedd';
import { appopticsRules } from './appoptics';
import { appsynergyRules } from './appsynergy';
import { appwriteRules } from './appwrite';
import { artsyRules } from './artsy';
import { ateraRules } from './atera';
import { auddRules } from './audd';
import { authorizeNetRules } from './authorize-net';
import { authressRules } from './authress';
import { autodeskRules } from './autodesk';
import { autokloseRules } from './autoklose';
import { autopilotRules } from './autopilot';
import { avazaRules } from './avaza';
import { aviationstackRules } from './aviationstack';
import { axonautRules } from './axonaut';
import { aylienRules } from './aylien';
import { ayrshareRules } from './ayrshare';
import { baiduRules } from './baidu';
import { bannerbearRules } from './bannerbear';
import { baremetricsRules } from './baremetrics';
import { beamerRules } from './beamer';
import { beeboleRules } from './beebole';
import { besnappyRules } from './besnappy';
import { besttimeRules } from './besttime';
import { bigcommerceRules } from './bigcommerce';
import { binanceRules } from './binance';
import { bingRules } from './bing';
import { bitbarRules } from './bitbar';
import { bitcoinaverageRules } from './bitcoinaverage';
import { bitfinexRules } from './bitfinex';
import { bitlyRules } from './bitly';
import { bitmexRules } from './bitmex';
import { bitriseRules } from './bitrise';
import { bittrexRules } from './bittrex';
import { bitwardenRules } from './bitwarden';
import { blazemeterRules } from './blazemeter';
import { blitappRules } from './blitapp';
import { blocknativeRules } from './blocknative';
import { blynkRules } from './blynk';
import { bombbombRules } from './bombbomb';
import { boostnoteRules } from './boostnote';
import { borgbaseRules } from './borgbase';
import { boxRules } from './box';
import { branchRules } from './branch';
import { brandfetchRules } from './brandfetch';
import { brazeRules } from './braze';
import { browshotRules } from './browshot';
import { bscscanRules } from './bscscan';
import { buddynsRules } from './buddyns';
import { budibaseRules } from './budibase';
import { bugherdRules } from './bugherd';
import { bunnyNetRules } from './bunny-net';
import { buttercmsRules } from './buttercms';
import { bybitRules } from './bybit';
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
import { curseforgeRules } from './curseforge';
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
import { ethplorerRules } from './ethplorer';
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
import { findlRules } from './findl';
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
import { hiveageRules } from './hiveage';
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
import { intersellerRules } from './interseller';
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
import { kylasRules } from './kylas';
import { languagelayerRules } from './languagelayer';
import { laravelRules } from './laravel';
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
import { magentoRules } from './magento';
import { magneticRules } from './magnetic';
import { mailboxlayerRules } from './mailboxlayer';
import { mailerliteRules } from './mailerlite';
import { mailjetSmsRules } from './mailjet-sms';
import { mailmodoRules } from './mailmodo';
import { mailsacRules } from './mailsac';
import { mailtrapRules } from './mailtrap';
import { mapquestRules } from './mapquest';
import { marketstackRules } from './marketstack';
import { mastodonRules } from './mastodon';
import { matrixRules } from './matrix';
import { mavenlinkRules } from './mavenlink';
import { meaningcloudRules } from './meaningcloud';
import { mediastackRules } from './mediastack';
import { meilisearchRules } from './meilisearch';
import { meistertaskRules } from './meistertask';
import { mesiboRules } from './mesibo';
import { metriloRules } from './metrilo';
import { mindmeisterRules } from './mindmeister';
import { miroRules } from './miro';
import { mixmaxRules } from './mixmax';
import { mixpanelRules } from './mixpanel';
import { modalRules } from './modal';
import { modrinthRules } from './modrinth';
import { mollieRules } from './mollie';
import { freemiusRules } from './freemius';
import { wordpressRules } from './wordpress';
import { monkeylearnRules } from './monkeylearn';
import { moonclerkRules } from './moonclerk';
import { moosendRules } from './moosend';
import { moralisRules } from './moralis';
import { muxRules } from './mux';
import { n8nRules } from './n8n';
import { nasaRules } from './nasa';
import { nasdaqDataLinkRules } from './nasdaq-data-link';
import { naverCloudRules } from './naver-cloud';
import { netboxRules } from './netbox';
import { neutrinoApiRules } from './neutrino-api';
import { newsapiRules } from './newsapi';
import { newscatcherRules } from './newscatcher';
import { nextcloudRules } from './nextcloud';
import { nftportRules } from './nftport';
import { nicereplyRules } from './nicereply';
import { nightfallRules } from './nightfall';
import { nimbleRules } from './nimble';
import { nordigenRules } from './nordigen';
import { noticeableRules } from './noticeable';
import { nozbeRules } from './nozbe';
import { ntfyRules } from './ntfy';
import { numverifyRules } from './numverify';
import { nutritionixRules } from './nutritionix';
import { nxCloudRules } from './nx-cloud';
import { nylasRules } from './nylas';
import { nytimesRules } from './nytimes';
import { oandaRules } from './oanda';
import { octoprintRules } from './octoprint';
import { omnisendRules } from './omnisend';
import { oneloginRules } from './onelogin';
import { onesignalRules } from './onesignal';
import { onfidoRules } from './onfido';
import { onfleetRules } from './onfleet';
import { oopspamRules } from './oopspam';
import { opencageRules } from './opencage';
import { openuvRules } from './openuv';
import { openweatherRules } from './openweather';
import { oryRules } from './ory';
import { overloopRules } from './overloop';
import { ovhRules } from './ovh';
import { owlbotRules } from './owlbot';
import { packagecloudRules } from './packagecloud';
import { paddleRules } from './paddle';
import { pagarmeRules } from './pagarme';
import { pandadocRules } from './pandadoc';
import { pandascoreRules } from './pandascore';
import { pangeaRules } from './pangea';
import { parseurRules } from './parseur';
import { particleRules } from './particle';
import { partnerstackRules } from './partnerstack';
import { pastebinRules } from './pastebin';
import { patreonRules } from './patreon';
import { paydirtRules } from './paydirt';
import { paymoRules } from './paymo';
import { pdflayerRules } from './pdflayer';
import { pdfshiftRules } from './pdfshift';
import { peopledatalabsRules } from './peopledatalabs';
import { pepipostRules } from './pepipost';
import { percyRules } from './percy';
import { personaRules } from './persona';
import { phpmailerRules } from './phpmailer';
import { pinataRules } from './pinata';
import { pinterestRules } from './pinterest';
import { pipedreamRules } from './pipedream';
import { pipedriveRules } from './pipedrive';
import { pivotalTrackerRules } from './pivotal-tracker';
import { pixabayRules } from './pixabay';
import { planningCenterRules } from './planning-center';
import { planyoRules } from './planyo';
import { playfabRules } from './playfab';
import { plexRules } from './plex';
import { podioRules } from './podio';
import { polarRules } from './polar';
import { pollsapiRules } from './pollsapi';
import { polygonRules } from './polygon';
import { polygonscanRules } from './polygonscan';
import { portainerRules } from './portainer';
import { positionstackRules } from './positionstack';
import { postageappRules } from './postageapp';
import { powrbotRules } from './powrbot';
import { prestashopRules } from './prestashop';
import { printfulRules } from './printful';
import { przelewy24Rules } from './przelewy24';
import { prismaRules } from './prisma';
import { privateKeyBase64Rules } from './privateKeyBase64';
import { prodpadRules } from './prodpad';
import { protocolsIoRules } from './protocols-io';
import { prowlarrRules } from './prowlarr';
import { proxmoxRules } from './proxmox';
import { proxycrawlRules } from './proxycrawl';
import { pterodactylRules } from './pterodactyl';
import { pubnubRules } from './pubnub';
import { purestakeRules } from './purestake';
import { pushbulletRules } from './pushbullet';
import { pushoverRules } from './pushover';
import { qaseRules } from './qase';
import { qualarooRules } from './qualaroo';
import { quboleRules } from './qubole';
import { quicknodeRules } from './quicknode';
import { radarRules } from './radar';
import { radarrRules } from './radarr';
import { rampRules } from './ramp';
import { rancherRules } from './rancher';
import { rawgRules } from './rawg';
import { raygunRules } from './raygun';
import { reachmailRules } from './reachmail';
import { readarrRules } from './readarr';
import { rebrandlyRules } from './rebrandly';
import { recordedFutureRules } from './recorded-future';
import { redditRules } from './reddit';
import { refinerRules } from './refiner';
import { rentmanRules } from './rentman';
import { replyioRules } from './replyio';
import { requestFinanceRules } from './request-finance';
import { restpackRules } from './restpack';
import { riotGamesRules } from './riot-games';
import { ritekitRules } from './ritekit';
import { robloxRules } from './roblox';
import { rocketChatRules } from './rocket-chat';
import { rocksetRules } from './rockset';
import { rootlyRules } from './rootly';
import { route4meRules } from './route4me';
import { rundeckRules } from './rundeck';
import { runpodRules } from './runpod';
import { sabnzbdRules } from './sabnzbd';
import { sabreRules } from './sabre';
import { salesblinkRules } from './salesblink';
import { salescookieRules } from './salescookie';
import { salesflareRules } from './salesflare';
import { salesmateRules } from './salesmate';
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
import { semgrepRules } from './semgrep';
import { serpapiRules } from './serpapi';
import { serphouseRules } from './serphouse';
import { serpstackRules } from './serpstack';
import { settlemintRules } from './settlemint';
import { sherpadeskRules } from './sherpadesk';
import { shipengineRules } from './shipengine';
import { shipstationRules } from './shipstation';
import { shodanRules } from './shodan';
import { shortcutRules } from './shortcut';
import { shotstackRules } from './shotstack';
import { shutterstockRules } from './shutterstock';
import { signalfxRules } from './signalfx';
import { signalwireRules } from './signalwire';
import { signaturitRules } from './signaturit';
import { signupgeniusRules } from './signupgenius';
import { sigoptRules } from './sigopt';
import { simfinRules } from './simfin';
import { simplesatRules } from './simplesat';
import { simvolyRules } from './simvoly';
import { sinchRules } from './sinch';
import { skrappRules } from './skrapp';
import { smartsheetRules } from './smartsheet';
import { smartyRules } from './smarty';
import { smtp2goRules } from './smtp2go';
import { snipcartRules } from './snipcart';
import { socketRules } from './socket';
import { sonarrRules } from './sonarr';
import { soundcloudRules } from './soundcloud';
import { speechtextRules } from './speechtext';
import { spoonacularRules } from './spoonacular';
import { sportmonksRules } from './sportmonks';
import { sportradarRules } from './sportradar';
import { sslmateRules } from './sslmate';
import { stackhawkRules } from './stackhawk';
import { statuscakeRules } from './statuscake';
import { statuspageRules } from './statuspage';
import { statuspalRules } from './statuspal';
import { steamRules } from './steam';
import { stitchDataRules } from './stitch-data';
import { stockdataRules } from './stockdata';
import { storecoveRules } from './storecove';
import { stormboardRules } from './stormboard';
import { stormglassRules } from './stormglass';
import { storyblokRules } from './storyblok';
import { stravaRules } from './strava';
import { streakRules } from './streak';
import { streamRules } from './stream';
import { stripoRules } from './stripo';
import { stytchRules } from './stytch';
import { supernotesRules } from './supernotes';
import { surveybotRules } from './surveybot';
import { surveysparrowRules } from './surveysparrow';
import { survicateRules } from './survicate';
import { swiftypeRules } from './swiftype';
import { tableauRules } from './tableau';
import { tallyfyRules } from './tallyfy';
import { tatumRules } from './tatum';
import { tautulliRules } from './tautulli';
import { tavilyRules } from './tavily';
import { taxjarRules } from './taxjar';
import { teamworkRules } from './teamwork';
import { technicalAnalysisApiRules } from './technical-analysis-api';
import { tefterRules } from './tefter';
import { telnyxRules } from './telnyx';
import { tenableRules } from './tenable';
import { textmagicRules } from './textmagic';
import { theOddsApiRules } from './the-odds-api';
import { thingsboardRules } from './thingsboard';
import { thingspeakRules } from './thingspeak';
import { thinkificRules } from './thinkific';
import { thirdwebRules } from './thirdweb';
import { thousandeyesRules } from './thousandeyes';
import { ticketTailorRules } from './ticket-tailor';
import { ticketmasterRules } from './ticketmaster';
import { tiingoRules } from './tiingo';
import { tiktokRules } from './tiktok';
import { timecampRules } from './timecamp';
import { timezoneapiRules } from './timezoneapi';
import { tinesRules } from './tines';
import { tmetricRules } from './tmetric';
import { todoistRules } from './todoist';
import { togglRules } from './toggl';
import { tomtomRules } from './tomtom';
import { tradierRules } from './tradier';
import { travelpayoutsRules } from './travelpayouts';
import { triggerDevRules } from './trigger-dev';
import { truelayerRules } from './truelayer';
import { truenasRules } from './truenas';
import { tumblrRules } from './tumblr';
import { twelveDataRules } from './twelve-data';
import { tyntecRules } from './tyntec';
import { ubidotsRules } from './ubidots';
import { unityRules } from './unity';
import { unkeyRules } from './unkey';
import { unleashRules } from './unleash';
import { unpluggRules } from './unplugg';
import { unsplashRules } from './unsplash';
import { upcDatabaseRules } from './upc-database';
import { upleadRules } from './uplead';
import { uploadcareRules } from './uploadcare';
import { uptimerobotRules } from './uptimerobot';
import { upwaveRules } from './upwave';
import { urlscanRules } from './urlscan';
import { userflowRules } from './userflow';
import { uspsRules } from './usps';
import { civicrmRules } from './civicrm';
import { userstackRules } from './userstack';
import { vatlayerRules } from './vatlayer';
import { vboutRules } from './vbout';
import { verimailRules } from './verimail';
import { veriphoneRules } from './veriphone';
import { versioneyeRules } from './versioneye';
import { viberRules } from './viber';
import { victoropsRules } from './victorops';
import { vimeoRules } from './vimeo';
import { virustotalRules } from './virustotal';
import { visualCrossingRules } from './visual-crossing';
import { vmwareRules } from './vmware';
import { voiceflowRules } from './voiceflow';
import { voicegainRules } from './voicegain';
import { voodooSmsRules } from './voodoo-sms';
import { vpnapiRules } from './vpnapi';
import { wakatimeRules } from './wakatime';
import { walkscoreRules } from './walkscore';
import { weatherbitRules } from './weatherbit';
import { weatherstackRules } from './weatherstack';
import { weaviateRules } from './weaviate';
import { web3StorageRules } from './web3-storage';
import { webexRules } from './webex';
import { webscraperRules } from './webscraper';
import { webscrapingapiRules } from './webscrapingapi';
import { wechatRules } from './wechat';
import { wepayRules } from './wepay';
import { whoxyRules } from './whoxy';
import { wiseRules } from './wise';
import { wistiaRules } from './wistia';
import { witAiRules } from './wit-ai';
import { wixRules } from './wix';
import { wizRules } from './wiz';
import { woocommerceRules } from './woocommerce';
import { worksnapsRules } from './worksnaps';
import { workstackRules } from './workstack';
import { worldWeatherOnlineRules } from './world-weather-online';
import { worldcoinindexRules } from './worldcoinindex';
import { worldlineShaPassphraseRules } from './worldlineShaPassphrase';
import { wrikeRules } from './wrike';
import { xataRules } from './xata';
import { xeroRules } from './xero';
import { yelpRules } from './yelp';
import { ynabRules } from './ynab';
import { yousignRules } from './yousign';
import { zenkitRules } from './zenkit';
import { zenrowsRules } from './zenrows';
import { zenscrapeRules } from './zenscrape';
import { zenserpRules } from './zenserp';
import { zeplinRules } from './zeplin';
import { zerobounceRules } from './zerobounce';
import { zerotierRules } from './zerotier';
import { zipcodeapiRules } from './zipcodeapi';
import { zipcodebaseRules } from './zipcodebase';
import { zohoRules } from './zoho';
import { zonkaRules } from './zonka';
import { zulipRules } from './zulip';
import { zuploRules } from './zuplo';

export const providerRules: readonly Rule[] = [
  ...abstractApiRules,
  ...abuseipdbRules,
  ...accuweatherRules,
  ...adafruitRules,
  ...paloaltoRules,
  ...adzunaRules,
  ...agoraRules,
  ...ahaRules,
  ...airbrakeRules,
  ...airshipRules,
  ...akamaiRules,
  ...alchemyRules,
  ...rpcEndpointRules,
  ...alienvaultRules,
  ...alpacaRules,
  ...amadeusRules,
  ...ambeeRules,
  ...amplitudeRules,
  ...anypointRules,
  ...apiflashRules,
  ...apifonicaRules,
  ...apilayerRules,
  ...apimetricsRules,
  ...apitemplateRules,
  ...apolloGraphosRules,
  ...apolloRules,
  ...appcenterRules,
  ...appfollowRules,
  ...appleRules,
  ...appointeddRules,
  ...appopticsRules,
  ...appsynergyRules,
  ...appwriteRules,
  ...artsyRules,
  ...ateraRules,
  ...auddRules,
  ...authorizeNetRules,
  ...authressRules,
  ...autodeskRules,
  ...autokloseRules,
  ...autopilotRules,
  ...avazaRules,
  ...aviationstackRules,
  ...axonautRules,
  ...aylienRules,
  ...ayrshareRules,
  ...baiduRules,
  ...bannerbearRules,
  ...baremetricsRules,
  ...beamerRules,
  ...beeboleRules,
  ...besnappyRules,
  ...besttimeRules,
  ...bigcommerceRules,
  ...binanceRules,
  ...bingRules,
  ...bitbarRules,
  ...bitcoinaverageRules,
  ...bitfinexRules,
  ...bitlyRules,
  ...bitmexRules,
  ...bitriseRules,
  ...bittrexRules,
  ...bitwardenRules,
  ...blazemeterRules,
  ...blitappRules,
  ...blocknativeRules,
  ...blynkRules,
  ...bombbombRules,
  ...boostnoteRules,
  ...borgbaseRules,
  ...boxRules,
  ...branchRules,
  ...brandfetchRules,
  ...brazeRules,
  ...browshotRules,
  ...bscscanRules,
  ...buddynsRules,
  ...budibaseRules,
  ...bugherdRules,
  ...bunnyNetRules,
  ...buttercmsRules,
  ...bybitRules,
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
  ...curseforgeRules,
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
  ...ethplorerRules,
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
  ...findlRules,
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
  ...hiveageRules,
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
  ...intersellerRules,
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
  ...kylasRules,
  ...languagelayerRules,
  ...laravelRules,
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
  ...magentoRules,
  ...magneticRules,
  ...mailboxlayerRules,
  ...mailerliteRules,
  ...mailjetSmsRules,
  ...mailmodoRules,
  ...mailsacRules,
  ...mailtrapRules,
  ...mapquestRules,
  ...marketstackRules,
  ...mastodonRules,
  ...matrixRules,
  ...mavenlinkRules,
  ...meaningcloudRules,
  ...mediastackRules,
  ...meilisearchRules,
  ...meistertaskRules,
  ...mesiboRules,
  ...metriloRules,
  ...mindmeisterRules,
  ...miroRules,
  ...mixmaxRules,
  ...mixpanelRules,
  ...modalRules,
  ...modrinthRules,
  ...mollieRules,
  ...freemiusRules,
  ...wordpressRules,
  ...monkeylearnRules,
  ...moonclerkRules,
  ...moosendRules,
  ...moralisRules,
  ...muxRules,
  ...n8nRules,
  ...nasaRules,
  ...nasdaqDataLinkRules,
  ...naverCloudRules,
  ...netboxRules,
  ...neutrinoApiRules,
  ...newsapiRules,
  ...newscatcherRules,
  ...nextcloudRules,
  ...nftportRules,
  ...nicereplyRules,
  ...nightfallRules,
  ...nimbleRules,
  ...nordigenRules,
  ...noticeableRules,
  ...nozbeRules,
  ...ntfyRules,
  ...numverifyRules,
  ...nutritionixRules,
  ...nxCloudRules,
  ...nylasRules,
  ...nytimesRules,
  ...oandaRules,
  ...octoprintRules,
  ...omnisendRules,
  ...oneloginRules,
  ...onesignalRules,
  ...onfidoRules,
  ...onfleetRules,
  ...oopspamRules,
  ...opencageRules,
  ...openuvRules,
  ...openweatherRules,
  ...oryRules,
  ...overloopRules,
  ...ovhRules,
  ...owlbotRules,
  ...packagecloudRules,
  ...paddleRules,
  ...pagarmeRules,
  ...pandadocRules,
  ...pandascoreRules,
  ...pangeaRules,
  ...parseurRules,
  ...particleRules,
  ...partnerstackRules,
  ...pastebinRules,
  ...patreonRules,
  ...paydirtRules,
  ...paymoRules,
  ...pdflayerRules,
  ...pdfshiftRules,
  ...peopledatalabsRules,
  ...pepipostRules,
  ...percyRules,
  ...personaRules,
  ...phpmailerRules,
  ...pinataRules,
  ...pinterestRules,
  ...pipedreamRules,
  ...pipedriveRules,
  ...pivotalTrackerRules,
  ...pixabayRules,
  ...planningCenterRules,
  ...planyoRules,
  ...playfabRules,
  ...plexRules,
  ...podioRules,
  ...polarRules,
  ...pollsapiRules,
  ...polygonRules,
  ...polygonscanRules,
  ...portainerRules,
  ...positionstackRules,
  ...postageappRules,
  ...powrbotRules,
  ...prestashopRules,
  ...printfulRules,
  ...prismaRules,
  ...privateKeyBase64Rules,
  ...prodpadRules,
  ...protocolsIoRules,
  ...prowlarrRules,
  ...proxmoxRules,
  ...proxycrawlRules,
  ...przelewy24Rules,
  ...pterodactylRules,
  ...pubnubRules,
  ...purestakeRules,
  ...pushbulletRules,
  ...pushoverRules,
  ...qaseRules,
  ...qualarooRules,
  ...quboleRules,
  ...quicknodeRules,
  ...radarRules,
  ...radarrRules,
  ...rampRules,
  ...rancherRules,
  ...rawgRules,
  ...raygunRules,
  ...reachmailRules,
  ...readarrRules,
  ...rebrandlyRules,
  ...recordedFutureRules,
  ...redditRules,
  ...refinerRules,
  ...rentmanRules,
  ...replyioRules,
  ...requestFinanceRules,
  ...restpackRules,
  ...riotGamesRules,
  ...ritekitRules,
  ...robloxRules,
  ...rocketChatRules,
  ...rocksetRules,
  ...rootlyRules,
  ...route4meRules,
  ...rundeckRules,
  ...runpodRules,
  ...sabnzbdRules,
  ...sabreRules,
  ...salesblinkRules,
  ...salescookieRules,
  ...salesflareRules,
  ...salesmateRules,
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
  ...semgrepRules,
  ...serpapiRules,
  ...serphouseRules,
  ...serpstackRules,
  ...settlemintRules,
  ...sherpadeskRules,
  ...shipengineRules,
  ...shipstationRules,
  ...shodanRules,
  ...shortcutRules,
  ...shotstackRules,
  ...shutterstockRules,
  ...signalfxRules,
  ...signalwireRules,
  ...signaturitRules,
  ...signupgeniusRules,
  ...sigoptRules,
  ...simfinRules,
  ...simplesatRules,
  ...simvolyRules,
  ...sinchRules,
  ...skrappRules,
  ...smartsheetRules,
  ...smartyRules,
  ...smtp2goRules,
  ...snipcartRules,
  ...socketRules,
  ...sonarrRules,
  ...soundcloudRules,
  ...speechtextRules,
  ...spoonacularRules,
  ...sportmonksRules,
  ...sportradarRules,
  ...sslmateRules,
  ...stackhawkRules,
  ...statuscakeRules,
  ...statuspageRules,
  ...statuspalRules,
  ...steamRules,
  ...stitchDataRules,
  ...stockdataRules,
  ...storecoveRules,
  ...stormboardRules,
  ...stormglassRules,
  ...storyblokRules,
  ...stravaRules,
  ...streakRules,
  ...streamRules,
  ...stripoRules,
  ...stytchRules,
  ...supernotesRules,
  ...surveybotRules,
  ...surveysparrowRules,
  ...survicateRules,
  ...swiftypeRules,
  ...tableauRules,
  ...tallyfyRules,
  ...tatumRules,
  ...tautulliRules,
  ...tavilyRules,
  ...taxjarRules,
  ...teamworkRules,
  ...technicalAnalysisApiRules,
  ...tefterRules,
  ...telnyxRules,
  ...tenableRules,
  ...textmagicRules,
  ...theOddsApiRules,
  ...thingsboardRules,
  ...thingspeakRules,
  ...thinkificRules,
  ...thirdwebRules,
  ...thousandeyesRules,
  ...ticketTailorRules,
  ...ticketmasterRules,
  ...tiingoRules,
  ...tiktokRules,
  ...timecampRules,
  ...timezoneapiRules,
  ...tinesRules,
  ...tmetricRules,
  ...todoistRules,
  ...togglRules,
  ...tomtomRules,
  ...tradierRules,
  ...travelpayoutsRules,
  ...triggerDevRules,
  ...truelayerRules,
  ...truenasRules,
  ...tumblrRules,
  ...twelveDataRules,
  ...tyntecRules,
  ...ubidotsRules,
  ...unityRules,
  ...unkeyRules,
  ...unleashRules,
  ...unpluggRules,
  ...unsplashRules,
  ...upcDatabaseRules,
  ...upleadRules,
  ...uploadcareRules,
  ...uptimerobotRules,
  ...upwaveRules,
  ...urlscanRules,
  ...userflowRules,
  ...uspsRules,
  ...civicrmRules,
  ...userstackRules,
  ...vatlayerRules,
  ...vboutRules,
  ...verimailRules,
  ...veriphoneRules,
  ...versioneyeRules,
  ...viberRules,
  ...victoropsRules,
  ...vimeoRules,
  ...virustotalRules,
  ...visualCrossingRules,
  ...vmwareRules,
  ...voiceflowRules,
  ...voicegainRules,
  ...voodooSmsRules,
  ...vpnapiRules,
  ...wakatimeRules,
  ...walkscoreRules,
  ...weatherbitRules,
  ...weatherstackRules,
  ...weaviateRules,
  ...web3StorageRules,
  ...webexRules,
  ...webscraperRules,
  ...webscrapingapiRules,
  ...wechatRules,
  ...wepayRules,
  ...whoxyRules,
  ...wiseRules,
  ...wistiaRules,
  ...witAiRules,
  ...wixRules,
  ...wizRules,
  ...woocommerceRules,
  ...worksnapsRules,
  ...workstackRules,
  ...worldlineShaPassphraseRules,
  ...worldWeatherOnlineRules,
  ...worldcoinindexRules,
  ...wrikeRules,
  ...xataRules,
  ...xeroRules,
  ...yelpRules,
  ...ynabRules,
  ...yousignRules,
  ...zenkitRules,
  ...zenrowsRules,
  ...zenscrapeRules,
  ...zenserpRules,
  ...zeplinRules,
  ...zerobounceRules,
  ...zerotierRules,
  ...zipcodeapiRules,
  ...zipcodebaseRules,
  ...zohoRules,
  ...zonkaRules,
  ...zulipRules,
  ...zuploRules,
];
