// Character sets of token bodies that ExampleGen has no shorthand for (examples and corpus formats).
export const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const UPPER_HEX = '0123456789ABCDEF';
export const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const LOWER_BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
