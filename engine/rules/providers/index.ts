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
];
