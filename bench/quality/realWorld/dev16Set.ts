// rw-dev16: a sixteenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: e-commerce operations (storefront platforms, payment and shipping integrations, marketplace feeds, shop
// support) and research computing (notebooks, HPC clusters, lab instruments, data pipelines). Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { SHOP_DOCS } from './dev16/shop';
import { LAB_DOCS } from './dev16/lab';

export const DEV16_SET: RealWorldSet = {
  id: 'rw-dev16',
  seed: 0xd16c_0d16,
  docs: [...SHOP_DOCS, ...LAB_DOCS],
};
