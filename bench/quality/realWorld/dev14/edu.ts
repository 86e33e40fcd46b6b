// rw-dev14 edu part: students and teaching (course projects, homework repositories, bootcamp apps, lab and classroom tooling). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { EDU_JAVA_DOCS } from './eduJava';
import { EDU_PHP_DOCS } from './eduPhp';
import { EDU_PYTHON_DOCS } from './eduPython';
import { EDU_DOTNET_DOCS } from './eduDotnet';
import { EDU_NODE_DOCS } from './eduNode';
import { EDU_TEACHING_DOCS } from './eduTeaching';
import { EDU_PROSE_DOCS } from './eduProse';
import { EDU_MISC_DOCS } from './eduMisc';
import { EDU_LOOKALIKE_DOCS } from './eduLookalikes';
import { EDU_API_DOCS } from './eduApis';
import { EDU_LOOKALIKE2_DOCS } from './eduLookalikes2';

export const EDU_DOCS: RealWorldDoc[] = [
  ...EDU_JAVA_DOCS,
  ...EDU_PHP_DOCS,
  ...EDU_PYTHON_DOCS,
  ...EDU_DOTNET_DOCS,
  ...EDU_NODE_DOCS,
  ...EDU_TEACHING_DOCS,
  ...EDU_PROSE_DOCS,
  ...EDU_MISC_DOCS,
  ...EDU_API_DOCS,
  ...EDU_LOOKALIKE_DOCS,
  ...EDU_LOOKALIKE2_DOCS,
];
