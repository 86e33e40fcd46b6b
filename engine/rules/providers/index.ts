// Provider rules added one file per provider (engine/rules/providers/<provider>.ts), listed here in
// alphabetical order of file name. The first rules live in the family files beside this folder
// (engine/rules/<family>.ts); a new rule for a provider already there goes next to its siblings.
import type { Rule } from '../../types';
import { madkuduRules } from './madkudu';
import { mailboxlayerRules } from './mailboxlayer';
import { mailerliteRules } from './mailerlite';
import { mailmodoRules } from './mailmodo';
import { mailsacRules } from './mailsac';
import { mapquestRules } from './mapquest';
import { marketstackRules } from './marketstack';
import { mavenlinkRules } from './mavenlink';
import { mediastackRules } from './mediastack';
import { meistertaskRules } from './meistertask';
import { mesiboRules } from './mesibo';
import { metriloRules } from './metrilo';
import { mindmeisterRules } from './mindmeister';
import { mixmaxRules } from './mixmax';
import { monkeylearnRules } from './monkeylearn';
import { moonclerkRules } from './moonclerk';
import { moosendRules } from './moosend';
import { moralisRules } from './moralis';
import { nasaRules } from './nasa';
import { nasdaqDataLinkRules } from './nasdaq-data-link';
import { newsapiRules } from './newsapi';
import { newscatcherRules } from './newscatcher';
import { nftportRules } from './nftport';
import { nicereplyRules } from './nicereply';
import { nimbleRules } from './nimble';
import { noticeableRules } from './noticeable';
import { nozbeRules } from './nozbe';
import { numverifyRules } from './numverify';
import { nytimesRules } from './nytimes';
import { oandaRules } from './oanda';
import { onfleetRules } from './onfleet';
import { oopspamRules } from './oopspam';
import { opencageRules } from './opencage';
import { openuvRules } from './openuv';
import { openweatherRules } from './openweather';
import { overloopRules } from './overloop';
import { owlbotRules } from './owlbot';
import { packagecloudRules } from './packagecloud';
import { pandadocRules } from './pandadoc';
import { pandascoreRules } from './pandascore';
import { partnerstackRules } from './partnerstack';
import { pastebinRules } from './pastebin';
import { paydirtRules } from './paydirt';
import { paymoRules } from './paymo';
import { pdflayerRules } from './pdflayer';
import { pdfshiftRules } from './pdfshift';
import { peopledatalabsRules } from './peopledatalabs';
import { pepipostRules } from './pepipost';
import { pipedreamRules } from './pipedream';
import { pipedriveRules } from './pipedrive';
import { pixabayRules } from './pixabay';
import { planyoRules } from './planyo';
import { podioRules } from './podio';
import { pollsapiRules } from './pollsapi';
import { polygonRules } from './polygon';
import { positionstackRules } from './positionstack';
import { postageappRules } from './postageapp';
import { powrbotRules } from './powrbot';
import { prodpadRules } from './prodpad';
import { protocolsIoRules } from './protocols-io';
import { proxycrawlRules } from './proxycrawl';
import { pushbulletRules } from './pushbullet';
import { qaseRules } from './qase';
import { qualarooRules } from './qualaroo';
import { quboleRules } from './qubole';
import { rawgRules } from './rawg';
import { reachmailRules } from './reachmail';
import { rebrandlyRules } from './rebrandly';
import { replyioRules } from './replyio';
import { requestFinanceRules } from './request-finance';
import { restpackRules } from './restpack';
import { ritekitRules } from './ritekit';
import { rocksetRules } from './rockset';
import { route4meRules } from './route4me';
import { salesblinkRules } from './salesblink';
import { salescookieRules } from './salescookie';
import { salesflareRules } from './salesflare';
import { scrapeowlRules } from './scrapeowl';
import { scraperapiRules } from './scraperapi';
import { scraperboxRules } from './scraperbox';
import { scrapestackRules } from './scrapestack';
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
import { speechtextRules } from './speechtext';
import { spoonacularRules } from './spoonacular';
import { sportmonksRules } from './sportmonks';
import { sslmateRules } from './sslmate';
import { statuscakeRules } from './statuscake';
import { statuspageRules } from './statuspage';
import { statuspalRules } from './statuspal';
import { stitchDataRules } from './stitch-data';
import { storecoveRules } from './storecove';
import { stormboardRules } from './stormboard';
import { stormglassRules } from './stormglass';
import { storyblokRules } from './storyblok';
import { streakRules } from './streak';
import { supernotesRules } from './supernotes';
import { surveybotRules } from './surveybot';
import { surveysparrowRules } from './surveysparrow';
import { survicateRules } from './survicate';
import { swiftypeRules } from './swiftype';
import { tallyfyRules } from './tallyfy';
import { technicalAnalysisApiRules } from './technical-analysis-api';
import { tefterRules } from './tefter';
import { theOddsApiRules } from './the-odds-api';
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
import { twelveDataRules } from './twelve-data';
import { tyntecRules } from './tyntec';
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
import { voodooSmsRules } from './voodoo-sms';
import { vpnapiRules } from './vpnapi';
import { walkscoreRules } from './walkscore';
import { weatherbitRules } from './weatherbit';
import { weatherstackRules } from './weatherstack';
import { webscraperRules } from './webscraper';
import { webscrapingapiRules } from './webscrapingapi';
import { whoxyRules } from './whoxy';
import { wistiaRules } from './wistia';
import { worksnapsRules } from './worksnaps';
import { workstackRules } from './workstack';
import { worldWeatherOnlineRules } from './world-weather-online';
import { worldcoinindexRules } from './worldcoinindex';
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
import { zonkaRules } from './zonka';

export const providerRules: readonly Rule[] = [
  ...madkuduRules,
  ...mailboxlayerRules,
  ...mailerliteRules,
  ...mailmodoRules,
  ...mailsacRules,
  ...mapquestRules,
  ...marketstackRules,
  ...mavenlinkRules,
  ...mediastackRules,
  ...meistertaskRules,
  ...mesiboRules,
  ...metriloRules,
  ...mindmeisterRules,
  ...mixmaxRules,
  ...monkeylearnRules,
  ...moonclerkRules,
  ...moosendRules,
  ...moralisRules,
  ...nasaRules,
  ...nasdaqDataLinkRules,
  ...newsapiRules,
  ...newscatcherRules,
  ...nftportRules,
  ...nicereplyRules,
  ...nimbleRules,
  ...noticeableRules,
  ...nozbeRules,
  ...numverifyRules,
  ...nytimesRules,
  ...oandaRules,
  ...onfleetRules,
  ...oopspamRules,
  ...opencageRules,
  ...openuvRules,
  ...openweatherRules,
  ...overloopRules,
  ...owlbotRules,
  ...packagecloudRules,
  ...pandadocRules,
  ...pandascoreRules,
  ...partnerstackRules,
  ...pastebinRules,
  ...paydirtRules,
  ...paymoRules,
  ...pdflayerRules,
  ...pdfshiftRules,
  ...peopledatalabsRules,
  ...pepipostRules,
  ...pipedreamRules,
  ...pipedriveRules,
  ...pixabayRules,
  ...planyoRules,
  ...podioRules,
  ...pollsapiRules,
  ...polygonRules,
  ...positionstackRules,
  ...postageappRules,
  ...powrbotRules,
  ...prodpadRules,
  ...protocolsIoRules,
  ...proxycrawlRules,
  ...pushbulletRules,
  ...qaseRules,
  ...qualarooRules,
  ...quboleRules,
  ...rawgRules,
  ...reachmailRules,
  ...rebrandlyRules,
  ...replyioRules,
  ...requestFinanceRules,
  ...restpackRules,
  ...ritekitRules,
  ...rocksetRules,
  ...route4meRules,
  ...salesblinkRules,
  ...salescookieRules,
  ...salesflareRules,
  ...scrapeowlRules,
  ...scraperapiRules,
  ...scraperboxRules,
  ...scrapestackRules,
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
  ...speechtextRules,
  ...spoonacularRules,
  ...sportmonksRules,
  ...sslmateRules,
  ...statuscakeRules,
  ...statuspageRules,
  ...statuspalRules,
  ...stitchDataRules,
  ...storecoveRules,
  ...stormboardRules,
  ...stormglassRules,
  ...storyblokRules,
  ...streakRules,
  ...supernotesRules,
  ...surveybotRules,
  ...surveysparrowRules,
  ...survicateRules,
  ...swiftypeRules,
  ...tallyfyRules,
  ...technicalAnalysisApiRules,
  ...tefterRules,
  ...theOddsApiRules,
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
  ...twelveDataRules,
  ...tyntecRules,
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
  ...voodooSmsRules,
  ...vpnapiRules,
  ...walkscoreRules,
  ...weatherbitRules,
  ...weatherstackRules,
  ...webscraperRules,
  ...webscrapingapiRules,
  ...whoxyRules,
  ...wistiaRules,
  ...worksnapsRules,
  ...workstackRules,
  ...worldWeatherOnlineRules,
  ...worldcoinindexRules,
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
  ...zonkaRules,
];
