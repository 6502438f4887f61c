// The session's dosing list: every patient with a state shown as a word and a symbol as well as
// a colour, a live countdown for those in observation, and consecutive missed days flagged.
import { api } from './api.js';
import { clinicTime, remaining, remainingWords } from './clock.js';
import { $, el, mg } from './ui.js';

export const STATES = {
  DUE: { label: 'Due', symbol: '○' },
  CHECKED: { label: 'Checked', symbol: '◐' },
  IN_OBSERVATION: { label: 'In observation', symbol: '◷' },
  GIVEN: { label: 'Given', symbol: '✓' },
  REDUCED: { label: 'Reduced dose given', symbol: '✓' },
  WITHHELD: { label: 'Withheld', symbol: '✕' },
  MISSED: { label: 'Missed', symbol: '–' },
  DISCHARGED: { label: 'Discharged', symbol: '⇥' },
};

/** A check that refused or reduced the dose is listed as such, never as a plain "Checked". */
const CHECKED_BY_VERDICT = {
  WITHHOLD: { label: 'Do not administer', symbol: '✕', refused: true },
  REFER_TO_PRESCRIBER: { label: 'Do not administer', symbol: '✕', refused: true },
  ALLOW_REDUCED: { label: 'Checked: reduced', symbol: '◐' },
};

/** How an entry's state reads: its word, symbol, and whether the last check refused the dose. */
function entryState(entry) {
  const byVerdict = entry.state === 'CHECKED' ? CHECKED_BY_VERDICT[entry.lastCheckVerdict] : null;
  return byVerdict ?? STATES[entry.state] ?? { label: entry.state, symbol: '?' };
}

/** The state badge: a word and a symbol as well as a colour. */
export function stateBadge(entry) {
  const state = entryState(entry);
  return el('span', {
    class: `state state-${entry.state}${state.refused ? ' state-refused' : ''}`,
    'data-state': entry.state,
    'data-verdict': entry.lastCheckVerdict,
  }, el('span', { 'aria-hidden': 'true', text: `${state.symbol} ` }), state.label);
}

export function stateLabel(state) {
  return (STATES[state] ?? { label: state }).label;
}

export async function loadList(session) {
  const query = session ? `?session=${encodeURIComponent(session)}` : '';
  return api.get(`/api/dosing-list${query}`);
}

/** Draws the list; `onPick(entry)` when a row is tapped. `selectedId` stays highlighted. */
export function renderList(view, selectedId, onPick) {
  const list = $('dosing-list');
  $('list-date').textContent = `${view.session} · ${new Date(`${view.date}T12:00:00Z`)
    .toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })}`;
  list.replaceChildren(...view.patients.map((entry) => {
    const badge = stateBadge(entry);
    const details = el('span', { class: 'entry-details' }, `${mg(entry.prescribedMg)} prescribed`,
      entry.givenMg !== null && entry.givenMg !== undefined ? ` · ${mg(entry.givenMg)} given` : '');
    const leave = entry.state === 'IN_OBSERVATION' && entry.mayLeaveAt
      ? el('span', { class: 'leave', 'data-leave': entry.mayLeaveAt },
        `may leave at ${clinicTime(entry.mayLeaveAt)} · `,
        el('span', { class: 'countdown', 'data-countdown': entry.mayLeaveAt, 'data-suffix': ' left', role: 'timer' },
          remaining(entry.mayLeaveAt) ? `${remaining(entry.mayLeaveAt)} left` : 'may leave now'))
      : null;
    const missed = entry.consecutiveMissedDays > 0
      ? el('span', { class: `missed-flag${entry.consecutiveMissedDays >= 3 ? ' missed-serious' : ''}` }, el('span', { 'aria-hidden': 'true', text: '⚠ ' }),
        `${entry.consecutiveMissedDays} day${entry.consecutiveMissedDays === 1 ? '' : 's'} missed in a row`)
      : null;
    // The list is on a shared screen in a room with patients: it says only that there is a note.
    const note = entry.note ? el('span', { class: 'entry-note', 'data-testid': 'note-marker' },
      el('span', { 'aria-hidden': 'true', text: '✎ ' }), 'Note on the patient\'s card') : null;
    const button = el('button', {
      type: 'button',
      class: 'entry',
      'aria-pressed': String(entry.patientId === selectedId),
      'data-patient-id': String(entry.patientId),
      onclick: () => onPick(entry),
    }, el('span', { class: 'entry-name', text: entry.name }), badge,
    // One wrapping line under the name, so a large screen shows the whole list at a glance.
    el('span', { class: 'entry-more' }, details, leave, missed, note));
    return el('li', {}, button);
  }));
}

/** Once a second: every countdown on the page moves on. */
export function tickCountdowns() {
  for (const node of document.querySelectorAll('[data-countdown]')) {
    const left = remaining(node.dataset.countdown);
    node.textContent = left ? `${left}${node.dataset.suffix ?? ''}` : 'may leave now';
    node.setAttribute('aria-label', remainingWords(node.dataset.countdown));
  }
}
