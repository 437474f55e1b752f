import { drawPupilName } from '../pupils/pupil-names.js';
import type { SyntheticLaPlan } from '../school-plan/plan-synthetic-la.js';
import type { SyntheticSchool } from '../school-plan/synthetic-school.types.js';

/** Who the LA contacts at a school about attendance: invented, like everything this library writes. */
export interface SyntheticSchoolContact {
  urn: string;
  name: string;
  role: string;
  email: string;
  telephone: string;
}

const ROLES = ['Attendance lead', 'Attendance officer', 'Deputy headteacher', 'Designated safeguarding lead'];

// Telephone numbers come from Ofcom's range reserved for drama (01632 960000 to 960999), and addresses from
// the reserved `.example` domain (RFC 2606), so a contact can never reach a real school or person.
const FICTION_TELEPHONE_PREFIX = '01632 960';
const FICTION_EMAIL_DOMAIN = 'example';

function mailboxPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function schoolDomain(school: SyntheticSchool): string {
  const words = school.name.split(/\s+/).map(mailboxPart).filter(Boolean);
  return `${words.join('-')}.${FICTION_EMAIL_DOMAIN}`;
}

/**
 * An attendance contact for every school of the plan. Each school's contact is drawn from its own stream
 * (keyed by URN), so adding schools never changes an existing school's contact. Names pair first names and
 * surnames at random from the pupil-name lists, so no combination stands for a real person.
 */
export function syntheticSchoolContacts(plan: SyntheticLaPlan): SyntheticSchoolContact[] {
  return plan.schools.map((school) => {
    const random = plan.root.fork('school-contact', school.urn);
    const { forename, surname } = drawPupilName(random, 'mixed', random.chance(0.75) ? 'F' : 'M');
    const extension = String(random.int(1000)).padStart(3, '0');
    return {
      urn: school.urn,
      name: `${forename} ${surname}`,
      role: random.pick(ROLES),
      email: `${mailboxPart(forename)}.${mailboxPart(surname)}@${schoolDomain(school)}`,
      telephone: `${FICTION_TELEPHONE_PREFIX}${extension}`,
    };
  });
}
