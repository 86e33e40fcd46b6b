// GOV.UK Notify API keys: the key name, then the service UUID and the secret UUID.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const govukNotifyRules: Rule[] = [
  contextRule({
    id: 'govuk-notify-api-key',
    provider: 'GOV.UK Notify',
    family: 'messaging',
    description: 'GOV.UK Notify API key',
    names: ['govuk[_-]?notify', 'notify[_-]?api[_-]?key'],
    keywords: [
      'govuk-notify',
      'govuk_notify',
      'govuknotify',
      'notify-api-key',
      'notify-api_key',
      'notify-apikey',
      'notify_api-key',
      'notify_api_key',
      'notify_apikey',
      'notifyapi-key',
      'notifyapi_key',
      'notifyapikey',
    ],
    value: '[a-z0-9_]{1,60}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    envName: 'NOTIFY_API_KEY',
    docsUrl: 'https://docs.notifications.service.gov.uk/rest-api.html#api-keys',
    revocationUrl: null,
    revocationNote: 'Revoke the key in GOV.UK Notify → API integration → API keys and create a new one.',
    sample: (g) => `my_service-${g.uuid()}-${g.uuid()}`,
    negatives: (g) => [`NOTIFY_API_KEY="my_service-${g.uuid()}"` /* one UUID only */],
  }),
];
