// The API client: JSON in and out, and every failure turned into the API's own error shape
// {status, errors:[{field, reason}]} so no screen ever shows a stack trace or raw JSON.

/** Thrown for any answer that is not 2xx; `errors` are [{field, reason}], `body` the whole reply. */
export class ApiError extends Error {
  constructor(status, errors, body) {
    super(errors.map((e) => e.reason).join('; '));
    this.status = status;
    this.errors = errors;
    this.body = body;
  }
}

let onSignedOut = () => {};

/** Called when the server says the session has ended (401), e.g. idle on another tab. */
export function whenSignedOut(callback) {
  onSignedOut = callback;
}

function friendly(status) {
  if (status === 401) return 'You are signed out. Sign in again with your badge.';
  if (status === 403) return 'You are not allowed to do this here.';
  if (status === 404) return 'Not found.';
  if (status >= 500) return 'The clinic server could not do this. Try again; if it goes on, call the duty manager.';
  return 'The request was refused.';
}

/**
 * `typedCredentials`: the request carries a badge and PIN someone has just typed, so a 401 refuses
 * those, not the session this page runs in (a witness's wrong PIN must not sign the nurse out).
 */
async function request(method, path, body, { typedCredentials = false } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      // X-OpenHAT-Screen: the server uses this kiosk's session, never an office one in the same browser.
      headers: body === undefined ? { Accept: 'application/json', 'X-OpenHAT-Screen': 'kiosk' }
        : { Accept: 'application/json', 'Content-Type': 'application/json', 'X-OpenHAT-Screen': 'kiosk' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, [{ field: null, reason: 'No connection to the clinic server. Check the network and try again.' }], null);
  }
  let json = null;
  const text = await response.text();
  if (text) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      json = null;
    }
  }
  if (response.ok) return json;
  const errors = json && Array.isArray(json.errors) && json.errors.length
    ? json.errors.map((e) => ({ field: e.field ?? null, reason: String(e.reason ?? friendly(response.status)) }))
    : [{ field: null, reason: friendly(response.status) }];
  if (response.status === 401 && !typedCredentials) onSignedOut();
  throw new ApiError(response.status, errors, json);
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body ?? {}),
  /** A POST carrying a badge and PIN just typed: a 401 is the answer to them, not the end of the session. */
  postCredentials: (path, body) => request('POST', path, body, { typedCredentials: true }),
  del: (path) => request('DELETE', path),
};
