// Provider rules added one file per provider (engine/rules/providers/<provider>.ts), listed here in
// alphabetical order of file name. The first rules live in the family files beside this folder
// (engine/rules/<family>.ts); a new rule for a provider already there goes next to its siblings.
import type { Rule } from '../../types';
import { abstractApiRules } from './abstract-api';
import { abuseipdbRules } from './abuseipdb';
import { accuweatherRules } from './accuweather';
import { adafruitRules } from './adafruit';
import { adzunaRules } from './adzuna';
import { agoraRules } from './agora';
import { ahaRules } from './aha';
import { airbrakeRules } from './airbrake';
import { airshipRules } from './airship';
import { akamaiRules } from './akamai';
import { alchemyRules } from './alchemy';
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
import { apolloRules } from './apollo';
import { apolloGraphosRules } from './apollo-graphos';
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

export const providerRules: readonly Rule[] = [
  ...abstractApiRules,
  ...abuseipdbRules,
  ...accuweatherRules,
  ...adafruitRules,
  ...adzunaRules,
  ...agoraRules,
  ...ahaRules,
  ...airbrakeRules,
  ...airshipRules,
  ...akamaiRules,
  ...alchemyRules,
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
  ...apolloRules,
  ...apolloGraphosRules,
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
];
