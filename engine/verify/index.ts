// Validity checks as data and pure planning; the network side is verify/ (outside the engine).
export type { Validity, ValidityState, VerifierSpec, VerifierInput, VerifyAuth, VerifyOutcome, PlannedRequest, NotCheckable } from './types';
export { VERIFIERS, verifierFor, verifierById } from './verifiers';
export { planCheck, planWith, isNotCheckable, inputsOf } from './plan';
export type { PlanInput } from './plan';
export { readAnswer } from './classify';
export { partsOf } from './parts';
export type { Reading } from './classify';
export { validityMessage, severityWithValidity, checkedAtText } from './validityText';
