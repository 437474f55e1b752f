import { CODE_SET_2024_IN_FORCE_FROM, REGISTER_CODE_SETS } from './register-code-sets.js';
import type { CodeSetId, IsoDate, RegisterCodeDefinition, RegisterCodeSet } from './register-code.types.js';

/** Raised for a mark that is not in the code set in force on its date: it is never read as "present". */
export class UnknownRegisterCodeError extends Error {
  constructor(
    readonly code: string,
    readonly sessionDate: IsoDate,
    readonly codeSet: CodeSetId,
  ) {
    super(`Unknown register code "${code}" for a session on ${sessionDate} (code set ${codeSet})`);
    this.name = 'UnknownRegisterCodeError';
  }
}

const codesBySet = new Map<CodeSetId, ReadonlyMap<string, RegisterCodeDefinition>>(
  REGISTER_CODE_SETS.map((set) => [
    set.id,
    new Map(set.codes.map((definition) => [definition.code, definition])),
  ]),
);

/** ISO dates compare correctly as strings, so no Date objects (and no time zones) are involved. */
export function codeSetIdForDate(sessionDate: IsoDate): CodeSetId {
  return sessionDate >= CODE_SET_2024_IN_FORCE_FROM ? 'regulations-2024' : 'regulations-2006';
}

export function codeSetForDate(sessionDate: IsoDate): RegisterCodeSet {
  const id = codeSetIdForDate(sessionDate);
  const set = REGISTER_CODE_SETS.find((candidate) => candidate.id === id);
  if (!set) throw new Error(`Register code set ${id} is not defined`);
  return set;
}

export function lookupRegisterCode(code: string, sessionDate: IsoDate): RegisterCodeDefinition {
  const codeSet = codeSetIdForDate(sessionDate);
  const definition = codesBySet.get(codeSet)?.get(code);
  if (!definition) throw new UnknownRegisterCodeError(code, sessionDate, codeSet);
  return definition;
}

export function isKnownRegisterCode(code: string, sessionDate: IsoDate): boolean {
  return codesBySet.get(codeSetIdForDate(sessionDate))?.has(code) ?? false;
}
