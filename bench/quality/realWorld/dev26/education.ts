// rw-dev26 education part: schools, universities, campus IT and libraries. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { EDU_LMS_DOCS } from './educationLms';
import { EDU_SIS_DOCS } from './educationSis';
import { EDU_IDENTITY_DOCS } from './educationIdentity';
import { EDU_LIBRARY_DOCS } from './educationLibrary';
import { EDU_GRADING_DOCS } from './educationGrading';
import { EDU_STUDENT_DOCS } from './educationStudent';
import { EDU_PROSE_DOCS } from './educationProse';
import { EDU_OPS_DOCS } from './educationOps';
import { EDU_CAMPUS_DOCS } from './educationCampus';
import { EDU_HTTP_DOCS } from './educationHttp';
import { EDU_POLICY_DOCS } from './educationPolicy';
import { EDU_DEPARTMENT_DOCS } from './educationDepartments';

export const EDUCATION_DOCS: RealWorldDoc[] = [
  ...EDU_LMS_DOCS,
  ...EDU_SIS_DOCS,
  ...EDU_IDENTITY_DOCS,
  ...EDU_LIBRARY_DOCS,
  ...EDU_GRADING_DOCS,
  ...EDU_STUDENT_DOCS,
  ...EDU_PROSE_DOCS,
  ...EDU_OPS_DOCS,
  ...EDU_CAMPUS_DOCS,
  ...EDU_HTTP_DOCS,
  ...EDU_POLICY_DOCS,
  ...EDU_DEPARTMENT_DOCS,
];
