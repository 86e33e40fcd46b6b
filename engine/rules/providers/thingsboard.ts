// ThingsBoard: thingsBoard device provisioning secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const thingsboardRules: Rule[] = [
  contextRule({
    id: 'thingsboard-provision-device-secret',
    provider: 'ThingsBoard',
    family: 'infrastructure',
    description: 'ThingsBoard device provisioning secret',
    names: ['provision[_.-]?device[_.-]?secret'],
    keywords: [
      'provisiondevicesecret',
      'provisiondevice_secret',
      'provisiondevice-secret',
      'provisiondevice.secret',
      'provision_devicesecret',
      'provision_device_secret',
      'provision_device-secret',
      'provision_device.secret',
      'provision-devicesecret',
      'provision-device_secret',
      'provision-device-secret',
      'provision-device.secret',
      'provision.devicesecret',
      'provision.device_secret',
      'provision.device-secret',
      'provision.device.secret',
    ],
    value: '[a-z0-9]{20}',
    envName: 'PROVISION_DEVICE_SECRET',
    docsUrl: 'https://thingsboard.io/docs/user-guide/device-provisioning/',
    revocationUrl: null,
    revocationNote: 'Change the provisioning key and secret of the device profile in ThingsBoard (Device profiles → Device provisioning).',
    sample: (g) => g.chars(LOWER_ALNUM, 20),
  }),
];
