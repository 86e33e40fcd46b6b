// rw-dev12 web part: shared hosting, CMS and PHP sites, FTP clients and control panels, frontend builds and browser exports. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { WEB_CMS_DOCS } from './webCms';
import { WEB_LARAVEL_DOCS } from './webLaravel';
import { WEB_HOSTING_DOCS } from './webHosting';
import { WEB_LEGACY_PHP_DOCS } from './webLegacyPhp';
import { WEB_HANDOVER_DOCS } from './webHandover';
import { WEB_FRONTEND_DOCS } from './webFrontend';
import { WEB_BROWSER_DOCS } from './webBrowser';
import { WEB_SERVER_DOCS } from './webServers';
import { WEB_MISC_DOCS } from './webMisc';
import { WEB_NEGATIVE_DOCS } from './webNegatives';

export const WEB_DOCS: RealWorldDoc[] = [
  ...WEB_CMS_DOCS,
  ...WEB_LARAVEL_DOCS,
  ...WEB_HOSTING_DOCS,
  ...WEB_LEGACY_PHP_DOCS,
  ...WEB_HANDOVER_DOCS,
  ...WEB_FRONTEND_DOCS,
  ...WEB_BROWSER_DOCS,
  ...WEB_SERVER_DOCS,
  ...WEB_MISC_DOCS,
  ...WEB_NEGATIVE_DOCS,
];
