// The dispensing kiosk: wires sign-in, witness, dosing list, scans and the patient panel.
// The station comes from ?station=KIOSK-1 (the default); ?session=AM picks a session by name.
import { api, whenSignedOut } from './api.js';
import { currentSession, endWitness, signIn, signInWitness, signOut, startIdleWatch } from './session.js';
import { loadList, renderList, tickCountdowns } from './list.js';
import { listenForScans } from './scans.js';
import { clearPatient, doseInProgress, prescriptionsOf, initDosePanel, selectedPatientName, productScanned, selectPatient, selectedPatientId, updateSafeButton } from './dose.js';
import { initAdverseEvents } from './adverse.js';
import { attachPinPad } from './pinpad.js';
import { roleWords } from './roles.js';
import { $, clearErrors, showErrors } from './ui.js';
import { showWitnessRule } from './witness-rule.js';

const params = new URLSearchParams(location.search);
const requested = (params.get('station') || 'KIOSK-1').toUpperCase();
const station = /^[A-Z0-9_-]{1,32}$/.test(requested) ? requested : 'KIOSK-1';
const sessionParam = params.get('session');
// ?idle=SECONDS shortens the 2-minute idle sign-out (10 to 120 s); it can never lengthen it.
const idleSeconds = Math.min(Math.max(Number(params.get('idle')) || 120, 10), 120);

let session = null;
let list = null;
let stopScans = null;
let idle = null;
let listTimer = null;
let safeTimer = null;

$('station-name').textContent = station;
document.title = `OpenHAT kiosk ${station}`;

initDosePanel({
  station,
  session: () => list?.session ?? sessionParam,
  reloadList: () => refreshList(),
  hasWitness: () => Boolean(session?.witness),
  // A prescriber may check a dose at a kiosk; recording it is the nurse's (atThisKiosk, from the server).
  mayRecordDoses: () => session?.atThisKiosk?.mayRecordDoses !== false,
});
initAdverseEvents();
attachPinPad($('sign-in-pad'), $('sign-in-pin'));
attachPinPad($('witness-pad'), $('witness-pin'));

function showSignedOut(reason) {
  session = null;
  list = null;
  stopScans?.();
  stopScans = null;
  idle?.stop();
  idle = null;
  clearInterval(listTimer);
  clearInterval(safeTimer);
  clearPatient();
  $('who').hidden = true;
  $('signed-in').hidden = true;
  $('signed-out').hidden = false;
  $('session-name').textContent = '';
  $('connection').textContent = reason ?? '';
  const form = $('sign-in-form');
  form.reset();
  clearErrors(form);
  $('sign-in-badge').focus();
}

function showPeople() {
  showWitnessRule(session);
  // Each person under their own role: a prescriber signed in here is not labelled a nurse.
  $('staff-role').textContent = roleWords(session.staff);
  $('nurse-name').textContent = session.staff.displayName;
  const witness = session.witness;
  $('witness-role').textContent = witness ? `Witness · ${roleWords(witness)}` : 'Witness';
  $('witness-name').textContent = witness ? witness.displayName : 'none';
  $('witness-name').classList.toggle('missing', !witness);
  $('witness-state').textContent = witness
    ? `${witness.displayName} is witnessing at this kiosk.`
    : 'No witness signed in.';
  $('witness-rule').hidden = Boolean(witness);
  $('witness-form').hidden = Boolean(witness);
  $('end-witness').hidden = !witness;
  $('witness-section').classList.toggle('has-witness', Boolean(witness));
  updateSafeButton();
}

async function showSignedIn(s) {
  session = s;
  sessionStorage.setItem('openhat.kiosk.station', station);
  $('signed-out').hidden = true;
  $('signed-in').hidden = false;
  $('who').hidden = false;
  showPeople();
  idle = startIdleWatch(async () => {
    await signOut();
    showSignedOut(`Signed out after ${idleSeconds >= 120 ? '2 minutes' : `${idleSeconds} seconds`} without a touch.`);
  }, idleSeconds * 1000);
  stopScans = listenForScans(station, {
    wristband: (patient) => pickById(patient.id, patient.displayName),
    product: (product) => productScanned(product),
    badge: (staff) => { $('scan-message').textContent = `Badge scanned: ${staff.displayName}. A witness types their badge and PIN in the witness box.`; },
    rejected: (reason) => { $('scan-message').textContent = `Scan not accepted: ${reason}`; },
  });
  await refreshList();
  listTimer = setInterval(refreshList, 30_000);
  refreshSafe();
  safeTimer = setInterval(refreshSafe, 10_000);
  $('witness-badge').focus();
}

async function refreshList() {
  if (!session) return;
  try {
    list = await loadList(sessionParam);
    $('session-name').textContent = `${list.session} session`;
    $('list-error').textContent = '';
    renderList(list, selectedPatientId(), (entry) => selectPatient(entry, 'tap').then(() => markSelected()));
  } catch (e) {
    $('list-error').textContent = e.errors ? e.errors.map((x) => x.reason).join(' ') : 'The dosing list could not be loaded.';
  }
}

function markSelected() {
  for (const b of document.querySelectorAll('#dosing-list button')) {
    b.setAttribute('aria-pressed', String(Number(b.dataset.patientId) === selectedPatientId()));
  }
}

async function pickById(patientId, name) {
  // The list is read again for the patient's state now (another kiosk may just have dosed them);
  // their prescription is asked for at the same time rather than after it, so the card is painted
  // one round trip sooner. If they turn out not to be on the list, the answer is simply unused.
  const versions = prescriptionsOf(patientId);
  versions.catch(() => {});
  await refreshList();
  const entry = list?.patients.find((p) => p.patientId === patientId);
  if (!entry) {
    $('scan-message').textContent = `${name} is not on this session's dosing list.`;
    return;
  }
  if (doseInProgress() && selectedPatientId() !== patientId) {
    $('scan-message').textContent = `${entry.name}'s wristband was scanned while ${selectedPatientName()}'s dose is in progress. `
      + `Finish it, or tap ${entry.name} on the list to change patient.`;
    return;
  }
  await selectPatient(entry, 'scan', versions);
  markSelected();
}

async function refreshSafe() {
  try {
    const safe = await api.get(`/api/stations/${encodeURIComponent(station)}/safe`);
    const words = !safe.online ? 'offline'
      : safe.tamper ? 'TAMPER ALARM'
        : `${safe.unlocked ? 'unlocked' : 'locked'}, door ${safe.doorOpen ? 'open' : 'closed'}`;
    $('safe-state').textContent = safe.unavailableReason ? `${words} – ${safe.unavailableReason}` : words;
    $('safe-state').dataset.ok = String(safe.online && !safe.tamper);
  } catch (e) {
    // A role the safe is not for is told so, rather than shown a safe in an unknown state.
    $('safe-state').textContent = e.status === 403 ? 'not shown to your role' : 'unknown';
    $('safe-state').dataset.ok = String(e.status === 403);
  }
}

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const badge = $('sign-in-badge').value;
  const pin = $('sign-in-pin').value;
  const missing = [];
  if (!badge.trim()) missing.push({ field: 'badgeCode', reason: 'scan or type your badge' });
  if (!pin) missing.push({ field: 'pin', reason: 'type your PIN' });
  if (missing.length) {
    showErrors(form, missing);
    return;
  }
  try {
    await showSignedIn(await signIn(station, badge, pin));
  } catch (e) {
    $('sign-in-pin').value = '';
    showErrors(form, e.errors);
  }
});

// A badge reader ends its scan with Enter: move on to the PIN instead of submitting.
for (const [badgeId, pinId] of [['sign-in-badge', 'sign-in-pin'], ['witness-badge', 'witness-pin']]) {
  $(badgeId).addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !$(pinId).value) {
      event.preventDefault();
      $(pinId).focus();
    }
  });
}

$('witness-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const badge = $('witness-badge').value;
  const pin = $('witness-pin').value;
  const missing = [];
  if (!badge.trim()) missing.push({ field: 'badgeCode', reason: "scan or type the witness's badge" });
  if (!pin) missing.push({ field: 'pin', reason: "the witness types their PIN" });
  if (missing.length) {
    showErrors(form, missing);
    return;
  }
  try {
    session = await signInWitness(badge, pin);
    form.reset();
    clearErrors(form);
    showPeople();
  } catch (e) {
    $('witness-pin').value = '';
    showErrors(form, e.errors);
  }
});

$('end-witness').addEventListener('click', async () => {
  try {
    await endWitness();
  } catch (e) {
    // the session view below says what is true
  }
  session = await currentSession();
  if (session) showPeople();
});

$('sign-out').addEventListener('click', async () => {
  await signOut();
  showSignedOut('Signed out.');
});

whenSignedOut(() => { if (session) showSignedOut('The session has ended: sign in again with your badge.'); });

setInterval(tickCountdowns, 1000);

(async () => {
  const existing = await currentSession().catch(() => null);
  const sameStation = sessionStorage.getItem('openhat.kiosk.station') === station;
  if (existing && existing.kind === 'KIOSK' && sameStation) {
    await showSignedIn(existing);
  } else {
    if (existing) await signOut();
    showSignedOut();
  }
})();
