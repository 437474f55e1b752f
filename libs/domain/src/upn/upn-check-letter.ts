// Source: DfE "Unique pupil numbers (UPNs): guidance for schools and local authorities" (Annex: check letter
// calculation). A UPN is 13 characters: a check letter, the 3-digit LA number, the 4-digit establishment
// number, the last 2 digits of the year of allocation and a 3-digit serial. The check letter is the sum of
// the values of characters 2..13, each multiplied by its position (weights 2..13), modulo 23, mapped onto
// the 23-letter alphabet below (I, O and S are left out because they read like 1, 0 and 5).

/** Check-letter alphabet: index = remainder modulo 23. Also the values of a temporary UPN's final letter. */
export const UPN_CHECK_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const UPN_BODY_LENGTH = 12;
const UPN_BODY_PATTERN = /^\d{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/;

/**
 * The check letter for the 12 characters after it. A temporary UPN ends in a letter instead of a digit; for
 * the calculation that letter takes its index in {@link UPN_CHECK_ALPHABET} (A=0 .. Z=22), as the guidance says.
 */
export function upnCheckLetter(twelveCharsAfterLetter: string): string {
  if (twelveCharsAfterLetter.length !== UPN_BODY_LENGTH || !UPN_BODY_PATTERN.test(twelveCharsAfterLetter)) {
    throw new Error(
      `A UPN check letter needs 11 digits then a digit or check-alphabet letter, got "${twelveCharsAfterLetter}"`,
    );
  }
  let sum = 0;
  for (let index = 0; index < UPN_BODY_LENGTH; index += 1) {
    const character = twelveCharsAfterLetter.charAt(index);
    const value = /\d/.test(character) ? Number(character) : UPN_CHECK_ALPHABET.indexOf(character);
    sum += value * (index + 2);
  }
  return UPN_CHECK_ALPHABET.charAt(sum % 23);
}
