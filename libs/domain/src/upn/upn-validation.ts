import { UPN_CHECK_ALPHABET, upnCheckLetter } from './upn-check-letter.js';

export type UpnValidationResult = { valid: true } | { valid: false; reason: string };

const UPN_LENGTH = 13;

/** Checks shape and check letter; reasons are written for a data officer reading an import error list. */
export function validateUpn(upn: string): UpnValidationResult {
  if (upn.length !== UPN_LENGTH) {
    return { valid: false, reason: `a UPN has 13 characters, this one has ${upn.length}` };
  }
  const checkLetter = upn.charAt(0);
  if (!UPN_CHECK_ALPHABET.includes(checkLetter)) {
    return {
      valid: false,
      reason: `character 1 must be a check letter (A-Z except I, O, S), got "${checkLetter}"`,
    };
  }
  if (!/^\d{11}$/.test(upn.slice(1, 12))) {
    return { valid: false, reason: 'characters 2 to 12 must be digits' };
  }
  const last = upn.charAt(12);
  if (!/\d/.test(last) && !UPN_CHECK_ALPHABET.includes(last)) {
    return {
      valid: false,
      reason: `character 13 must be a digit, or a letter A-Z except I, O, S in a temporary UPN; got "${last}"`,
    };
  }
  const expected = upnCheckLetter(upn.slice(1));
  if (expected !== checkLetter) {
    return { valid: false, reason: `check letter is "${checkLetter}" but should be "${expected}"` };
  }
  return { valid: true };
}

export function isValidUpn(upn: string): boolean {
  return validateUpn(upn).valid;
}

/** A temporary UPN (allocated when the permanent one is unknown) ends in a letter. */
export function isTemporaryUpn(upn: string): boolean {
  return isValidUpn(upn) && /[A-Z]/.test(upn.charAt(12));
}

function digits(value: number | string, width: number, field: string): string {
  const text = typeof value === 'number' ? String(value).padStart(width, '0') : value;
  if (!new RegExp(`^\\d{${width}}$`).test(text)) {
    throw new Error(`UPN ${field} must be ${width} digits, got "${String(value)}"`);
  }
  return text;
}

/**
 * Builds a permanent UPN: check letter + LA code (3) + establishment number (4) + year (2) + serial (3).
 * Numbers are zero-padded; strings must already have the right width.
 */
export function buildUpn(
  laCode: number | string,
  establishmentNumber: number | string,
  yearOfAllocation2: number | string,
  serial: number | string,
): string {
  const body =
    digits(laCode, 3, 'LA code') +
    digits(establishmentNumber, 4, 'establishment number') +
    digits(yearOfAllocation2, 2, 'year of allocation') +
    digits(serial, 3, 'serial number');
  return upnCheckLetter(body) + body;
}
