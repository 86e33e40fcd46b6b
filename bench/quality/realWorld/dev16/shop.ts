// rw-dev16 shop part: e-commerce operations (storefront platforms, payment and shipping integrations, marketplace feeds, shop support). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { SHOP_SHOPIFY_DOCS } from './shopShopify';
import { SHOP_PLATFORM_DOCS } from './shopPlatforms';
import { SHOP_WOO_DOCS } from './shopWoo';
import { SHOP_PAYMENT_DOCS } from './shopPayments';
import { SHOP_LOGISTICS_DOCS } from './shopLogistics';
import { SHOP_OPS_DOCS } from './shopOps';
import { SHOP_PROSE_DOCS } from './shopProse';
import { SHOP_LOOKALIKE_DOCS } from './shopLookalikes';
import { SHOP_ACCESS_DOCS } from './shopAccess';
import { SHOP_MORE_DOCS } from './shopMore';

export const SHOP_DOCS: RealWorldDoc[] = [
  ...SHOP_SHOPIFY_DOCS,
  ...SHOP_PLATFORM_DOCS,
  ...SHOP_WOO_DOCS,
  ...SHOP_PAYMENT_DOCS,
  ...SHOP_LOGISTICS_DOCS,
  ...SHOP_OPS_DOCS,
  ...SHOP_PROSE_DOCS,
  ...SHOP_LOOKALIKE_DOCS,
  ...SHOP_ACCESS_DOCS,
  ...SHOP_MORE_DOCS,
];
