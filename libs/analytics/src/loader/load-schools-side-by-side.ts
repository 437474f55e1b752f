/**
 * Runs `load` for every unit, each school's units one after another in the order given (so a school's later
 * exports apply after its earlier ones), and up to `concurrency` schools at once. With `stopOnError`, no unit
 * starts after one has failed (those already running finish) and the first error is thrown; otherwise a
 * failure is the caller's to record and the rest go on.
 */
export async function loadSchoolsSideBySide<U extends { readonly urn: string }>(
  units: readonly U[],
  concurrency: number,
  load: (unit: U) => Promise<void>,
  options: { stopOnError?: boolean } = {},
): Promise<void> {
  const bySchool = new Map<string, U[]>();
  for (const unit of units) bySchool.set(unit.urn, [...(bySchool.get(unit.urn) ?? []), unit]);
  const schools = [...bySchool.values()];
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    for (let school = schools.shift(); school !== undefined; school = schools.shift()) {
      for (const unit of school) {
        if (failure !== null) return;
        try {
          await load(unit);
        } catch (error) {
          if (!options.stopOnError) throw error;
          failure ??= { error };
          return;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
}
