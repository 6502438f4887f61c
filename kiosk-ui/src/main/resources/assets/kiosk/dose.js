// The patient panel: assessment, dose check, safe, ampoule, recording, observation, discharge,
// withholding. The server decides every dose; the screen only makes a wrong entry hard to make.
import { api, ApiError } from './api.js';
import { clinicTime, learnServerInstant, remaining, serverNow } from './clock.js';
import { offerAdverseEvents } from './adverse.js';
import { stateBadge, stateLabel } from './list.js';
import { allowsDose, hideVerdict, showVerdict } from './verdict.js';
import { $, clearErrors, mg, num, showErrors } from './ui.js';

let ctx = null;          // { station, reloadList, hasWitness }
let current = null;      // the selected patient and what has happened to them here
let products = null;     // id -> product

export function initDosePanel(context) {
  ctx = context;
  $('assessment-form').addEventListener('submit', (e) => { e.preventDefault(); checkDose(); });
  $('assessment-form').addEventListener('input', invalidateCheck);
  $('assessment-form').addEventListener('change', invalidateCheck);
  $('give-form').addEventListener('submit', (e) => { e.preventDefault(); recordDose(); });
  $('g-given').addEventListener('input', clampGiven);
  $('g-given').addEventListener('change', clampGiven);
  $('g-drawn').addEventListener('input', () => { if ($('g-given').value === '') $('g-given').value = $('g-drawn').value; clampGiven(); });
  $('open-safe').addEventListener('click', openSafe);
  $('discharge-form').addEventListener('submit', (e) => { e.preventDefault(); discharge(); });
  $('withhold-form').addEventListener('submit', (e) => { e.preventDefault(); withhold(); });
}

/** A dose has been checked and allowed for this patient but not yet recorded. */
export function doseInProgress() {
  return Boolean(current?.check) && allowsDose(current.check) && !$('give-form').hidden;
}

export function selectedPatientName() {
  return current?.entry.name ?? null;
}

export function selectedPatientId() {
  return current?.entry.patientId ?? null;
}

export function clearPatient() {
  current = null;
  offerAdverseEvents(null);
  $('patient-body').hidden = true;
  $('scan-message').textContent = 'Scan a wristband or tap a name on the list.';
}

function message(text) {
  $('scan-message').textContent = text;
}

function showState(entry) {
  $('patient-state').replaceChildren(stateBadge(entry));
}

/** The note's words are shown here, on the patient's card, and never on the shared list. */
function showNote(note) {
  $('patient-note').hidden = !note;
  $('patient-note').textContent = note ? `Note: ${note}` : '';
}

async function productsById() {
  if (!products) {
    const list = await api.get('/api/products');
    products = new Map(list.map((p) => [p.id, p]));
  }
  return products;
}

/** The prescription version in force now: the newest whose effectiveFrom has come. */
function inForce(versions) {
  const now = serverNow();
  const started = versions.filter((v) => !v.effectiveFrom || Date.parse(v.effectiveFrom) <= now);
  return (started.length ? started : versions).at(-1) ?? null;
}

/** Every version of the patient's prescription, oldest first. */
export function prescriptionsOf(patientId) {
  return api.get(`/api/prescriptions?patientId=${encodeURIComponent(patientId)}`);
}

/** Puts the patient on the card; `versions`, if given, is their prescriptions already asked for. */
export async function selectPatient(entry, how, versions = null) {
  // safeRequestRef: the safe opening this patient's ampoule comes from; the dose is recorded against it.
  current = { entry, prescription: null, product: null, check: null, checkedAssessment: null, proposedMg: null,
    safeRequestRef: null };
  $('patient-body').hidden = false;
  $('patient-name').textContent = entry.name;
  $('patient-prescribed').textContent = mg(entry.prescribedMg);
  showState(entry);
  showNote(entry.note);
  const missed = $('patient-missed');
  missed.hidden = !(entry.consecutiveMissedDays > 0);
  missed.textContent = `⚠ ${entry.consecutiveMissedDays} day(s) missed in a row: the dose check applies the missed-dose rules.`;
  missed.classList.toggle('missed-serious', entry.consecutiveMissedDays >= 3);
  message(how === 'scan' ? `Wristband scanned: ${entry.name}.` : `${entry.name} selected.`);
  for (const id of ['assessment-form', 'give-form', 'discharge-form', 'withhold-form']) {
    $(id).reset();
    clearErrors($(id));
  }
  hideVerdict();
  $('give-form').hidden = true;
  $('obs-given').textContent = entry.givenMg ? `${mg(entry.givenMg)} given.` : '';
  $('safe-message').textContent = '';
  $('withhold-section').open = false;
  $('a-dose').value = entry.prescribedMg ?? '';
  const canDose = entry.state === 'DUE' || entry.state === 'CHECKED';
  $('assessment-form').hidden = !canDose;
  $('withhold-section').hidden = !canDose;
  showObservation(entry);
  if (!canDose && !entry.administrationId) {
    message(`${entry.name}: ${stateLabel(entry.state)}. Nothing to give this session.`);
  }
  $('patient').focus();
  try {
    const [prescribed, byId] = await Promise.all([versions ?? prescriptionsOf(entry.patientId), productsById()]);
    if (current?.entry !== entry) return;
    current.prescription = inForce(prescribed);
    current.product = current.prescription ? byId.get(current.prescription.productId) ?? null : null;
    const routes = current.prescription?.routes ?? [];
    const ordered = [...routes].sort((a, b) => (a === 'IV' ? -1 : b === 'IV' ? 1 : a.localeCompare(b)));
    $('a-route').replaceChildren(...ordered.map((r) => new Option(ROUTE_WORDS[r] ?? r, r)));
    if (current.product) $('patient-prescribed').textContent = `${mg(entry.prescribedMg)} (${current.product.name})`;
    if (!current.prescription) message(`${entry.name} has no prescription in force: do not give a dose.`);
  } catch (e) {
    showErrors($('assessment-form'), e instanceof ApiError ? e.errors : [{ field: null, reason: String(e.message) }]);
  }
}

const ROUTE_WORDS = { IV: 'IV – intravenous', IM: 'IM – intramuscular', SC: 'SC – subcutaneous' };

function assessmentFromForm() {
  const form = $('assessment-form');
  const errors = [];
  const need = (name, value, words) => {
    if (value === null || value === '' || Number.isNaN(value)) errors.push({ field: `assessment.${name}`, reason: words });
    return value;
  };
  const numberOrNull = (input) => { const v = num(input); return v === null ? null : v; };
  const a = {
    sedationScore: need('sedationScore', $('a-sedation').value === '' ? null : Number($('a-sedation').value), 'choose a sedation score'),
    breathAlcoholMicrogramsPer100ml: need('breathAlcoholMicrogramsPer100ml', numberOrNull($('a-alcohol')), 'enter the breathalyser reading (0 if none)'),
    respiratoryRate: need('respiratoryRate', numberOrNull($('a-rr')), 'enter the respiratory rate'),
    spo2: need('spo2', numberOrNull($('a-spo2')), 'enter SpO2'),
    pupils: need('pupils', $('a-pupils').value || null, 'choose how the pupils look'),
    drowsy: $('a-drowsy').checked,
    concerns: $('a-concerns').value.trim(),
    coUseSuspected: $('a-couse').checked,
  };
  const dose = num($('a-dose'));
  if (dose === null || !(dose > 0)) errors.push({ field: 'doseMg', reason: 'enter the dose to check, in mg' });
  if (!$('a-route').value) errors.push({ field: 'route', reason: 'no route on the prescription' });
  return { assessment: a, doseMg: dose, route: $('a-route').value, errors, form };
}

function invalidateCheck(event) {
  if (!current?.check) return;
  if (event && event.target && event.target.form !== $('assessment-form')) return;
  current.check = null;
  hideVerdict();
  $('give-form').hidden = true;
  message('The assessment changed: check the dose again.');
}

async function checkDose() {
  if (!current) return;
  const { assessment, doseMg, route, errors, form } = assessmentFromForm();
  if (!current.prescription || !current.product) errors.push({ field: null, reason: 'The prescription is not loaded; select the patient again.' });
  if (errors.length) {
    showErrors(form, errors);
    return;
  }
  clearErrors(form);
  const button = $('check-dose');
  button.disabled = true;
  button.textContent = 'Checking…';
  try {
    const check = await api.post('/api/dose-checks', {
      patientId: current.entry.patientId, doseMg, productId: current.product.id, route,
      session: ctx.session(), topUp: false, assessment,
    });
    current.check = check;
    current.checkedAssessment = assessment;
    current.proposedMg = doseMg;
    current.route = route;
    showVerdict(check, doseMg);
    prepareGiveForm(check, doseMg);
    showState({ state: 'CHECKED', lastCheckVerdict: check.verdict });
    ctx.reloadList(); // the shared list shows this verdict at once, not at the next 30-second refresh
  } catch (e) {
    current.check = null;
    hideVerdict();
    showErrors(form, e.errors ?? [{ field: null, reason: 'The check could not be made. Do not administer.' }]);
  } finally {
    button.disabled = false;
    button.textContent = 'Check dose';
  }
}

function prepareGiveForm(check, proposedMg) {
  const give = $('give-form');
  if (!allowsDose(check)) {
    give.hidden = true;
    $('withhold-section').open = true;
    return;
  }
  if (!ctx.mayRecordDoses()) {
    give.hidden = true;
    message('You may check a dose at this kiosk; the nurse who gives it records it.');
    return;
  }
  give.hidden = false;
  clearErrors(give);
  const max = Number(check.maxAllowedMg);
  const dose = Math.min(proposedMg, max);
  for (const id of ['g-given', 'g-drawn']) $(id).max = String(id === 'g-given' ? max : 1000);
  $('g-given').value = String(dose);
  $('g-drawn').value = String(dose);
  $('g-max').textContent = `(at most ${mg(max)})`;
  updateReasonRow();
  updateSafeButton();
}

/** The given dose can never be entered above the maximum the check allowed. */
function clampGiven() {
  if (!current?.check) return;
  const max = Number(current.check.maxAllowedMg);
  const given = num($('g-given'));
  const line = $('give-form').querySelector('[data-error-for="doseGivenMg"]');
  if (given !== null && given > max) {
    $('g-given').value = String(max);
    line.textContent = `At most ${mg(max)} may be given: the dose was set to ${mg(max)}.`;
  } else {
    line.textContent = '';
  }
  updateReasonRow();
}

function updateReasonRow() {
  const given = num($('g-given'));
  const reduced = given !== null && current && given < Number(current.entry.prescribedMg);
  $('g-reason').required = reduced;
  $('reason-row').classList.toggle('required', reduced);
}

export function updateSafeButton() {
  const button = $('open-safe');
  if (!button) return;
  const witness = ctx?.hasWitness();
  button.disabled = !witness;
  button.title = witness ? '' : 'A witness must sign in first';
  if (!witness && !$('give-form').hidden) $('safe-message').textContent = 'A witness must sign in before the safe opens.';
}

async function openSafe() {
  if (!current) return;
  const patient = current; // the opening belongs to this patient's dose, even if another is picked meanwhile
  const button = $('open-safe');
  button.disabled = true;
  $('safe-message').textContent = 'Asking the safe to open…';
  try {
    const reply = await api.post(`/api/stations/${encodeURIComponent(ctx.station)}/safe/unlock`, {
      purpose: 'DOSE', compartment: 1, reference: `dose ${ctx.session()} patient ${current.entry.patientId}`,
    });
    const words = {
      ACCEPTED: 'The safe is open (compartment 1). Take one ampoule and scan its pack.',
      PENDING: 'The safe has been asked to open; wait for the click, then scan the ampoule pack.',
      REFUSED: `The safe refused to open: ${reply.resultDetail ?? 'no reason given'}.`,
      NO_REPLY: 'The safe did not answer. Try again; if it goes on, call the pharmacist.',
      NOT_SENT: `The safe could not be asked: ${reply.resultDetail ?? 'it is offline'}.`,
    };
    if (reply.result === 'ACCEPTED') patient.safeRequestRef = reply.requestRef;
    $('safe-message').textContent = words[reply.result] ?? `Safe: ${reply.result}`;
  } catch (e) {
    $('safe-message').textContent = e.errors ? e.errors.map((x) => x.reason).join(' ') : 'The safe could not be opened.';
  } finally {
    updateSafeButton();
  }
}

/** An ampoule pack was scanned: fill the batch if it is the prescribed product and in date. */
export function productScanned(product) {
  if (!current || $('give-form').hidden) {
    message(`Pack scanned (batch ${product.batch ?? 'unknown'}): check a dose first.`);
    return;
  }
  const line = $('give-form').querySelector('[data-error-for="batch"]');
  if (current.product && product.gtin !== current.product.gtin) {
    line.textContent = 'Wrong product: this pack is not the one prescribed. Put it back.';
    $('safe-message').textContent = line.textContent;
    return;
  }
  if (product.expiry && product.expiry < new Date(serverNow()).toISOString().slice(0, 10)) {
    line.textContent = `This pack expired on ${product.expiry}. Do not use it.`;
    $('safe-message').textContent = line.textContent;
    return;
  }
  if (!product.batch) {
    line.textContent = 'The pack has no batch number in its barcode: type the batch.';
    return;
  }
  line.textContent = '';
  $('g-batch').value = product.batch;
  $('safe-message').textContent = `Ampoule scanned: batch ${product.batch}${product.expiry ? `, expires ${product.expiry}` : ''}.`;
}

function splitErrors(errors) {
  const assessment = errors.filter((e) => (e.field ?? '').startsWith('assessment'));
  const rest = errors.filter((e) => !(e.field ?? '').startsWith('assessment'));
  return { assessment, rest };
}

async function recordDose() {
  if (!current?.check || !allowsDose(current.check)) return;
  const form = $('give-form');
  const max = Number(current.check.maxAllowedMg);
  const given = num($('g-given'));
  const drawn = num($('g-drawn'));
  const errors = [];
  if (!current.safeRequestRef) errors.push({ field: 'safeRequestRef', reason: 'open the safe for this dose first' });
  if (!$('g-batch').value.trim()) errors.push({ field: 'batch', reason: 'scan the ampoule pack, or type its batch' });
  if (!$('g-site').value.trim()) errors.push({ field: 'injectionSite', reason: 'say where the dose was given' });
  if (drawn === null || !(drawn > 0)) errors.push({ field: 'doseDrawnMg', reason: 'enter the dose drawn up' });
  if (given === null || !(given > 0)) errors.push({ field: 'doseGivenMg', reason: 'enter the dose given' });
  else if (given > max) errors.push({ field: 'doseGivenMg', reason: `at most ${mg(max)} may be given` });
  else if (drawn !== null && given > drawn) errors.push({ field: 'doseGivenMg', reason: 'cannot be more than was drawn up' });
  if ($('g-reason').required && !$('g-reason').value.trim()) {
    errors.push({ field: 'reductionReason', reason: 'say why less than the prescribed dose is given' });
  }
  if (errors.length) {
    showErrors(form, errors);
    return;
  }
  clearErrors(form);
  const button = $('record-dose');
  button.disabled = true;
  try {
    const recorded = await api.post('/api/administrations', {
      patientId: current.entry.patientId, productId: current.product.id, route: current.route,
      session: ctx.session(), topUp: false, doseDrawnMg: drawn, doseGivenMg: given,
      injectionSite: $('g-site').value.trim(), batch: $('g-batch').value.trim(),
      reductionReason: $('g-reason').value.trim() || null, assessment: current.checkedAssessment,
      safeRequestRef: current.safeRequestRef,
    });
    current.safeRequestRef = null;
    learnServerInstant(recorded.givenAt);
    hideVerdict();
    current.check = null;
    $('obs-given').textContent = `${mg(given)} given at ${clinicTime(recorded.givenAt)} (${current.route}, ${$('g-site').value.trim()}).`;
    form.hidden = true;
    $('assessment-form').hidden = true;
    $('withhold-section').hidden = true;
    showNote($('g-reason').value.trim() || null);
    message(`${mg(given)} recorded for ${current.entry.name}. Observe until ${clinicTime(recorded.mayLeaveAt)}.`);
    showObservation({ ...current.entry, state: 'IN_OBSERVATION', administrationId: recorded.administrationId,
      mayLeaveAt: recorded.mayLeaveAt });
    await ctx.reloadList();
  } catch (e) {
    if (e.status === 409 && e.body?.check) {
      current.check = e.body.check;
      showVerdict(e.body.check, given);
      prepareGiveForm(e.body.check, given);
    }
    const { assessment, rest } = splitErrors(e.errors ?? []);
    if (assessment.length) showErrors($('assessment-form'), assessment);
    showErrors(form, rest);
  } finally {
    button.disabled = false;
  }
}

function showObservation(entry) {
  offerAdverseEvents(entry.administrationId ?? null, current.entry.name);
  const section = $('observation');
  const watching = entry.administrationId && ['IN_OBSERVATION', 'GIVEN', 'REDUCED'].includes(entry.state);
  section.hidden = !watching;
  if (!watching) return;
  current.entry = { ...current.entry, ...entry };
  showState(entry);
  if (entry.mayLeaveAt) {
    $('obs-leave').textContent = clinicTime(entry.mayLeaveAt);
    const countdown = $('obs-countdown');
    countdown.dataset.countdown = entry.mayLeaveAt;
    countdown.textContent = remaining(entry.mayLeaveAt) ?? 'may leave now';
  } else {
    $('obs-leave').textContent = 'now';
    $('obs-countdown').textContent = 'observation time is over';
  }
}

async function discharge() {
  if (!current?.entry.administrationId) return;
  const form = $('discharge-form');
  const body = {
    respiratoryRate: num($('d-rr')), spo2: num($('d-spo2')),
    sedationScore: $('d-sedation').value === '' ? null : Number($('d-sedation').value),
    notes: $('d-notes').value.trim() || null,
  };
  const errors = [];
  if (body.respiratoryRate === null) errors.push({ field: 'respiratoryRate', reason: 'enter the respiratory rate' });
  if (body.spo2 === null) errors.push({ field: 'spo2', reason: 'enter SpO2' });
  if (body.sedationScore === null) errors.push({ field: 'sedationScore', reason: 'choose a sedation score' });
  if (errors.length) {
    showErrors(form, errors);
    return;
  }
  try {
    await api.post(`/api/administrations/${current.entry.administrationId}/discharge`, body);
    $('observation').hidden = true;
    message(`${current.entry.name} discharged.`);
    showState({ state: 'DISCHARGED' });
    await ctx.reloadList();
  } catch (e) {
    showErrors(form, e.errors);
  }
}

async function withhold() {
  if (!current) return;
  const form = $('withhold-form');
  const reason = $('w-reason').value.trim();
  if (!reason) {
    showErrors(form, [{ field: 'reason', reason: 'say why the dose is withheld' }]);
    return;
  }
  try {
    await api.post('/api/withholdings', { patientId: current.entry.patientId, session: ctx.session(), reason });
    message(`Dose withheld for ${current.entry.name}.`);
    $('assessment-form').hidden = true;
    $('give-form').hidden = true;
    $('withhold-section').hidden = true;
    showState({ state: 'WITHHELD' });
    showNote(reason);
    await ctx.reloadList();
  } catch (e) {
    showErrors(form, e.errors);
  }
}
