// UptimeRobot: uptimeRobot API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const uptimerobotRules: Rule[] = [
  contextRule({
    id: 'uptimerobot-api-key',
    provider: 'UptimeRobot',
    family: 'observability',
    description: 'UptimeRobot API key',
    names: ['uptimerobot', 'uptime[_.-]robot'],
    keywords: ['uptimerobot', 'uptime_robot', 'uptime-robot', 'uptime.robot'],
    value: '(?:u|ur|m)[0-9]{6,9}-[a-f0-9]{24}',
    envName: 'UPTIMEROBOT_API_KEY',
    docsUrl: 'https://uptimerobot.com/api/',
    revocationUrl: 'https://dashboard.uptimerobot.com/integrations',
    sample: (g) => `u${g.digits(7)}-${g.hex(24)}`,
  }),
];
