import type { RandomStream } from '../random/random-stream.js';
import type { NameGroup } from './ethnicity.js';

// Small built-in lists of common first names and surnames; any name is paired at random, so a combination
// never stands for a real child.

interface NameLists {
  girls: readonly string[];
  boys: readonly string[];
  surnames: readonly string[];
}

const BRITISH: NameLists = {
  girls: [
    'Olivia',
    'Amelia',
    'Isla',
    'Ava',
    'Mia',
    'Ivy',
    'Lily',
    'Freya',
    'Florence',
    'Grace',
    'Evie',
    'Poppy',
    'Ella',
    'Sophie',
    'Ruby',
    'Daisy',
    'Millie',
    'Rosie',
    'Harper',
    'Chloe',
  ],
  boys: [
    'Oliver',
    'George',
    'Noah',
    'Arthur',
    'Leo',
    'Harry',
    'Oscar',
    'Jack',
    'Charlie',
    'Freddie',
    'Alfie',
    'Thomas',
    'Archie',
    'Henry',
    'Theo',
    'Joshua',
    'Jacob',
    'Max',
    'Riley',
    'Finley',
  ],
  surnames: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Wilson',
    'Johnson',
    'Davies',
    'Robinson',
    'Wright',
    'Thompson',
    'Evans',
    'Walker',
    'White',
    'Roberts',
    'Green',
    'Hall',
    'Wood',
    'Jackson',
    'Clarke',
    'Hughes',
    'Edwards',
    'Harris',
    'Lewis',
    'Turner',
    'Cooper',
    'Hill',
    'Ward',
    'Morris',
    'Moore',
  ],
};

const EUROPEAN: NameLists = {
  girls: [
    'Zofia',
    'Maja',
    'Amelia',
    'Hanna',
    'Elena',
    'Ioana',
    'Maria',
    'Natalia',
    'Sofia',
    'Alicja',
    'Anastasia',
    'Laura',
  ],
  boys: [
    'Jakub',
    'Antoni',
    'Filip',
    'Andrei',
    'Luca',
    'David',
    'Mateusz',
    'Ivan',
    'Nikola',
    'Lukas',
    'Matteo',
    'Adrian',
  ],
  surnames: [
    'Nowak',
    'Kowalski',
    'Popescu',
    'Ionescu',
    'Wisniewski',
    'Horvath',
    'Kazlauskas',
    'Petrov',
    'Silva',
    'Santos',
    'Rossi',
    'Novak',
    'Dumitru',
    'Lewandowski',
    'Ferreira',
  ],
};

const SOUTH_ASIAN: NameLists = {
  girls: [
    'Aisha',
    'Maryam',
    'Zara',
    'Fatima',
    'Hafsa',
    'Ayesha',
    'Priya',
    'Anaya',
    'Sana',
    'Inaya',
    'Amira',
    'Simran',
  ],
  boys: [
    'Muhammad',
    'Yusuf',
    'Ibrahim',
    'Ayaan',
    'Zayn',
    'Hamza',
    'Arjun',
    'Rohan',
    'Ali',
    'Musa',
    'Aryan',
    'Omar',
  ],
  surnames: [
    'Khan',
    'Ahmed',
    'Hussain',
    'Ali',
    'Begum',
    'Patel',
    'Shah',
    'Iqbal',
    'Rahman',
    'Akhtar',
    'Singh',
    'Kaur',
    'Mahmood',
    'Islam',
    'Sharma',
  ],
};

const AFRICAN: NameLists = {
  girls: [
    'Amara',
    'Zainab',
    'Blessing',
    'Favour',
    'Adaeze',
    'Nia',
    'Esther',
    'Precious',
    'Mariam',
    'Abigail',
  ],
  boys: ['David', 'Daniel', 'Emmanuel', 'Samuel', 'Joshua', 'Tobi', 'Kwame', 'Abdi', 'Chidi', 'Michael'],
  surnames: [
    'Okafor',
    'Adeyemi',
    'Mensah',
    'Osei',
    'Mohamed',
    'Abdi',
    'Okonkwo',
    'Asante',
    'Hassan',
    'Adebayo',
    'Boateng',
    'Nwosu',
  ],
};

const CARIBBEAN: NameLists = {
  girls: ['Jada', 'Tia', 'Kayla', 'Aaliyah', 'Shanice', 'Maya', 'Chantelle', 'Naomi'],
  boys: ['Tyrese', 'Kai', 'Jerome', 'Marcus', 'Isaiah', 'Andre', 'Malachi', 'Reuben'],
  surnames: [
    'Campbell',
    'Francis',
    'Grant',
    'Gordon',
    'Bailey',
    'Reid',
    'Morgan',
    'Henry',
    'Williams',
    'Brown',
  ],
};

const CHINESE: NameLists = {
  girls: ['Mei', 'Lin', 'Xin', 'Yan', 'Jing', 'Hui'],
  boys: ['Wei', 'Jun', 'Hao', 'Ming', 'Chen', 'Lei'],
  surnames: ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Wong', 'Chan', 'Lam', 'Huang', 'Zhao'],
};

const LISTS: Readonly<Record<NameGroup, readonly NameLists[]>> = {
  british: [BRITISH],
  european: [EUROPEAN],
  'south-asian': [SOUTH_ASIAN],
  african: [AFRICAN],
  caribbean: [CARIBBEAN],
  chinese: [CHINESE],
  mixed: [BRITISH, EUROPEAN, SOUTH_ASIAN, AFRICAN, CARIBBEAN],
};

export interface PupilName {
  forename: string;
  surname: string;
}

export function drawPupilName(random: RandomStream, group: NameGroup, sex: 'M' | 'F'): PupilName {
  const options = LISTS[group];
  const forenameList = random.pick(options);
  const surnameList = random.pick(options);
  return {
    forename: random.pick(sex === 'F' ? forenameList.girls : forenameList.boys),
    surname: random.pick(surnameList.surnames),
  };
}
