package org.openhat.clinic.testing;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openhat.clinic.ClinicConfiguration;

/** Calls tasks on a running clinic's admin port as an operator's script does: with the admin task secret. */
public final class AdminTaskClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DropwizardAppExtension<ClinicConfiguration> app;

    public AdminTaskClient(DropwizardAppExtension<ClinicConfiguration> app) {
        this.app = app;
    }

    /** The configured secret, or the one the clinic made in its secret file. */
    public String secret() {
        String configured = app.getConfiguration().getAdminTasks().getSecret();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            return Files.readString(Path.of(app.getConfiguration().getAdminTasks().getSecretFile())).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /tasks/<pathAndQuery>} with the secret and a text/plain body. */
    public HttpResponse<String> post(String pathAndQuery, String body) {
        return send(request(pathAndQuery).header("Authorization", "Bearer " + secret())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request to {@code /tasks/<pathAndQuery>} with nothing added, for the caller to dress. */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.getAdminPort() + "/tasks/" + pathAndQuery));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
