package org.openhat.clinic.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP client for whole-application tests. It keeps the session cookie itself (the
 * cookie is Secure, and Java's cookie store would not send it over http://localhost). After a
 * badge sign-in it behaves as the kiosk page does: the kiosk's cookie, and the header saying the
 * call comes from a kiosk screen.
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String OFFICE_COOKIE = "openhat_session";
    private static final String KIOSK_COOKIE = "openhat_kiosk_session";

    private final String base;
    private final String cookieName;
    private final String sessionToken;

    public ApiClient(int port) {
        this("http://localhost:" + port, OFFICE_COOKIE, null);
    }

    private ApiClient(String base, String cookieName, String sessionToken) {
        this.base = base;
        this.cookieName = cookieName;
        this.sessionToken = sessionToken;
    }

    public String sessionToken() {
        return sessionToken;
    }

    /** A client carrying an office session's token. */
    public ApiClient withToken(String token) {
        return new ApiClient(base, OFFICE_COOKIE, token);
    }

    /** A client carrying a kiosk session's token, calling as the kiosk page does. */
    public ApiClient withKioskToken(String token) {
        return new ApiClient(base, KIOSK_COOKIE, token);
    }

    public ApiClient anonymous() {
        return new ApiClient(base, OFFICE_COOKIE, null);
    }

    /** Signs in with a password and returns a client carrying that session. */
    public ApiClient signIn(String username, String password) {
        Reply reply = post("/api/sessions/password", Map.of("username", username, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("sign-in as " + username + " failed: " + reply.status() + " " + reply.body());
        }
        return withToken(reply.sessionCookie().orElseThrow());
    }

    public ApiClient signInWithBadge(String badge, String pin, String station) {
        Reply reply = post("/api/sessions/badge", Map.of("badgeCode", badge, "pin", pin, "stationCode", station));
        if (reply.status() != 200) {
            throw new AssertionError("badge sign-in failed: " + reply.status() + " " + reply.body());
        }
        return withKioskToken(reply.kioskSessionCookie().orElseThrow());
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    public Reply sendJson(String method, String path, Object body) {
        String text = body instanceof String s ? s : write(body);
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text)));
    }

    /** A GET or DELETE goes without a body, as a browser sends it; other methods carry the body given. */
    public Reply sendRaw(String method, String path, String contentType, byte[] body) {
        if (method.equals("GET") || method.equals("DELETE")) {
            return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** As a browser page might send it: any method, these headers, and this body whatever the method. */
    public Reply sendWithHeaders(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (sessionToken != null) {
            builder.header("Cookie", cookieName + "=" + sessionToken);
            if (cookieName.equals(KIOSK_COOKIE)) {
                builder.header("X-OpenHAT-Screen", "kiosk");
            }
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            return exchange(request);
        } catch (IOException stale) {
            // A refusal sent before the request body was read makes Jetty close the connection; the
            // pooled connection can then die under the next request before any byte of reply. Browsers
            // retry such a request on a fresh connection, and so does this client, once.
            try {
                return exchange(request);
            } catch (IOException e) {
                e.addSuppressed(stale);
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply exchange(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().map());
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, String body, Map<String, List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The office session cookie this answer sets. */
        public Optional<String> sessionCookie() {
            return cookie(OFFICE_COOKIE);
        }

        /** The kiosk session cookie this answer sets. */
        public Optional<String> kioskSessionCookie() {
            return cookie(KIOSK_COOKIE);
        }

        private Optional<String> cookie(String name) {
            return headers.getOrDefault("set-cookie", List.of()).stream()
                    .filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                    .filter(v -> !v.isEmpty())
                    .findFirst();
        }

        public List<String> setCookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }

        /** The first error's field, or null. */
        public String errorField() {
            JsonNode field = json().path("errors").path(0).path("field");
            return field.isNull() || field.isMissingNode() ? null : field.asText();
        }
    }
}
