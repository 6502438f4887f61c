// Who is signed in at this kiosk: the nurse (badge + PIN) and the witness beside them, and the
// idle rule: a warning after 100 s without a touch, signed out at 2 minutes.
import { api } from './api.js';
import { learnFromSession } from './clock.js';
import { $ } from './ui.js';

/** The server ends an idle kiosk session at 2 minutes (sessions.kioskIdle); the screen never waits longer. */
const KIOSK_IDLE_MS = 120_000;
const KEEP_ALIVE_EVERY_MS = 30_000;

/**
 * A badge as a keyboard-wedge reader types it: "]C0OHS:N0042" or "OHS:N0042", or typed "n0042".
 * The API wants the staff number alone.
 */
export function normaliseBadge(raw) {
  let code = String(raw).trim();
  if (/^\][A-Za-z][0-9A-Za-z]/.test(code)) code = code.slice(3);
  if (/^OHS:/i.test(code)) code = code.slice(4);
  return code.toUpperCase();
}

export async function currentSession() {
  try {
    const session = await api.get('/api/sessions/current');
    learnFromSession(session);
    return session;
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

export async function signIn(stationCode, badge, pin) {
  const session = await api.postCredentials('/api/sessions/badge', { badgeCode: normaliseBadge(badge), pin, stationCode });
  learnFromSession(session);
  return session;
}

/**
 * A refused witness (wrong PIN, locked badge) is told so in the witness box. Only if the nurse's own
 * session has ended too does the page sign out: asking for the current session finds that out.
 */
export async function signInWitness(badge, pin) {
  try {
    const session = await api.postCredentials('/api/sessions/current/witness', { badgeCode: normaliseBadge(badge), pin });
    learnFromSession(session);
    return session;
  } catch (e) {
    if (e.status === 401) await currentSession().catch(() => null);
    throw e;
  }
}

export async function endWitness() {
  await api.del('/api/sessions/current/witness');
}

export async function signOut() {
  try {
    await api.del('/api/sessions/current');
  } catch (e) {
    // Already signed out on the server: the screen signs out all the same.
  }
}

/**
 * Watches for touches and keys. Calls `onIdle` after 2 minutes without one (or the shorter
 * `idleMs`, never longer: the server ends the session at 2 minutes anyway), shows the warning 20 s before. While the nurse is busy on the screen, the server session is kept alive.
 */
export function startIdleWatch(onIdle, idleMs = KIOSK_IDLE_MS) {
  const limit = Math.min(Math.max(idleMs, 10_000), KIOSK_IDLE_MS);
  const warnAfter = Math.max(limit - 20_000, limit / 2);
  const dialog = $('idle-dialog');
  let lastActivity = Date.now();
  let lastKeepAlive = Date.now();
  const activity = () => {
    lastActivity = Date.now();
    if (dialog.open) dialog.close();
    if (Date.now() - lastKeepAlive > KEEP_ALIVE_EVERY_MS) {
      lastKeepAlive = Date.now();
      currentSession().catch(() => {});
    }
  };
  const events = ['pointerdown', 'keydown', 'input'];
  for (const type of events) document.addEventListener(type, activity, true);
  const timer = setInterval(() => {
    const idle = Date.now() - lastActivity;
    if (idle >= limit) {
      stop();
      onIdle();
    } else if (idle >= warnAfter) {
      $('idle-seconds').textContent = String(Math.ceil((limit - idle) / 1000));
      if (!dialog.open) dialog.showModal();
    }
  }, 1000);
  function stop() {
    clearInterval(timer);
    for (const type of events) document.removeEventListener(type, activity, true);
    if (dialog.open) dialog.close();
  }
  return { stop, touched: () => { lastKeepAlive = Date.now(); } };
}
