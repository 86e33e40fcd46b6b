// A ticket, case or record number: capitals, then one group of digits after a dash (`INC-097340`, `REQ-48213`) or
// two or three groups (`AB-2024-001234`), or an order's long number (`ORD-45948312`, up to 12 digits after up to six
// capitals). Given in reply or after a label it points at a record; it is no password.
const REFERENCE_NUMBER = /^(?:[A-Z]{2,10}-[0-9]{2,8}|[A-Z]{2,6}-[0-9]{9,12}|[A-Z]{1,5}(?:-[0-9]{2,8}){2,3})$/;

/** Whether `value` is a reference number (the whole value). */
export function isReferenceNumber(value: string): boolean {
  return REFERENCE_NUMBER.test(value);
}
