// Staff roles in the clinic's words, as the header names each person signed in at the kiosk.

const ROLE_WORDS = {
  NURSE: 'Nurse',
  PHARMACIST: 'Pharmacist',
  PRESCRIBER: 'Prescriber',
  COORDINATOR: 'Recovery co-ordinator',
  INSPECTOR: 'Inspector',
  ADMIN: 'Admin',
};

/** "Nurse", "Prescriber", or "Nurse · Pharmacist" for someone who holds both; from the session's own roles. */
export function roleWords(staff) {
  const roles = staff?.roles ?? [];
  return roles.length ? roles.map((r) => ROLE_WORDS[r] ?? r).join(' · ') : 'Staff';
}
