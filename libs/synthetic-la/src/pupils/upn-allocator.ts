import { buildUpn } from '@attendance/domain';

const SERIALS_PER_YEAR = 1000;
const YEARS_OF_ALLOCATION = 100;

/**
 * Issues permanent UPNs for one establishment: LA 999, the school's establishment number, the two-digit year
 * of allocation and a serial. A school normally allocates in the year a pupil joins; when a year's 1,000
 * serials are used up (only in very large synthetic schools) it moves on to the year before, so UPNs stay
 * unique and valid however big the school is.
 */
export class UpnAllocator {
  private readonly nextSerialByYear = new Map<number, number>();

  constructor(
    private readonly laCode: string,
    private readonly establishmentNumber: string,
  ) {}

  allocate(yearOfAllocation: number): string {
    for (let offset = 0; offset < YEARS_OF_ALLOCATION; offset += 1) {
      const year2 = (((yearOfAllocation - offset) % 100) + 100) % 100;
      const serial = this.nextSerialByYear.get(year2) ?? 0;
      if (serial < SERIALS_PER_YEAR) {
        this.nextSerialByYear.set(year2, serial + 1);
        return buildUpn(this.laCode, this.establishmentNumber, year2, serial);
      }
    }
    throw new Error(`Establishment ${this.establishmentNumber} has no UPN serials left`);
  }
}
