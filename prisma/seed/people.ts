import type { Rng } from './random';

export const demoPassword = 'Virage-demo-2026';

export type DemoAccount = {
  id: string;
  email: string;
  name: string;
  role: 'customer' | 'advisor' | 'dealer_staff' | 'dealer_manager' | 'admin';
  /** Dealership code for dealer roles. */
  dealershipCode?: string;
};

/** One account per role, documented in the README. Dealer accounts belong to Virage Lyon. */
export const demoAccounts: readonly DemoAccount[] = [
  { id: 'usr_demo_customer', email: 'client@virage.example', name: 'Camille Martin', role: 'customer' },
  { id: 'usr_demo_advisor', email: 'conseil@virage.example', name: 'Inès Laurent', role: 'advisor' },
  { id: 'usr_demo_staff', email: 'vendeur.lyon@virage.example', name: 'Hugo Bernard', role: 'dealer_staff', dealershipCode: 'lyon-gerland' },
  { id: 'usr_demo_manager', email: 'direction.lyon@virage.example', name: 'Claire Dubois', role: 'dealer_manager', dealershipCode: 'lyon-gerland' },
  { id: 'usr_demo_admin', email: 'admin@virage.example', name: 'Admin Virage', role: 'admin' },
];

/** Extra remote advisors for the chat team. */
export const remoteAdvisors: readonly DemoAccount[] = [
  { id: 'usr_advisor_2', email: 'conseil2@virage.example', name: 'Yanis Moreau', role: 'advisor' },
  { id: 'usr_advisor_3', email: 'conseil3@virage.example', name: 'Sophie Petit', role: 'advisor' },
];

const firstNames = ['Lucas', 'Emma', 'Louis', 'Jade', 'Gabriel', 'Léa', 'Arthur', 'Chloé', 'Jules', 'Manon', 'Adam', 'Alice', 'Raphaël', 'Lina', 'Paul', 'Sarah', 'Nathan', 'Zoé', 'Tom', 'Juliette'];
const lastNames = ['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard'];

export type WeeklyHours = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Array<[string, string]>>;

/** Staff work five days out of six, so Saturday is covered by part of the team. */
export function staffHours(rng: Rng): WeeklyHours {
  const dayOff = rng.pick(['mon', 'tue', 'wed', 'thu', 'fri'] as const);
  const early: Array<[string, string]> = [['09:00', '12:30'], ['13:30', '17:30']];
  const late: Array<[string, string]> = [['10:30', '13:00'], ['14:00', '19:00']];
  const shift = rng.chance(0.5) ? early : late;
  const hours: WeeklyHours = { mon: shift, tue: shift, wed: shift, thu: shift, fri: shift, sat: [['09:00', '13:00'], ['14:00', '18:00']], sun: [] };
  hours[dayOff] = [];
  if (rng.chance(0.3)) hours.sat = [];
  return hours;
}

export function personName(rng: Rng): string {
  return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
}

export function emailSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
}
