// rw-dev15 ci part: CI/CD platforms and build output (pipeline files, job logs, platform exports, artifact metadata). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const CI_DOCS: RealWorldDoc[] = [];
