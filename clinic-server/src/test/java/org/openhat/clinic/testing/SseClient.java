package org.openhat.clinic.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent events client, as a browser's EventSource would be: it sends the session cookie,
 * reads the stream on its own thread and stamps each event with {@link System#nanoTime()} on arrival.
 */
public final class SseClient implements AutoCloseable {
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One event as received; {@code receivedNanos} is when its blank terminating line was read. */
    public record Event(String name, String id, String data, long receivedNanos) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final int status;
    private final String errorBody;
    private final InputStream body;
    private final Thread reader;

    private SseClient(int status, String errorBody, InputStream body) {
        this.status = status;
        this.errorBody = errorBody;
        this.body = body;
        this.reader = body == null ? null : new Thread(this::read, "sse-client");
        if (reader != null) {
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Opens the stream; returns once the response headers have come (or the refusal). */
    public static SseClient open(int port, String path, String sessionToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream").GET();
        if (sessionToken != null) {
            request.header("Cookie", "openhat_session=" + sessionToken);
        }
        try {
            HttpResponse<InputStream> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, TimeUnit.SECONDS);
            if (response.statusCode() != 200) {
                try (InputStream in = response.body()) {
                    return new SseClient(response.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
                }
            }
            return new SseClient(200, null, response.body());
        } catch (Exception e) {
            throw new AssertionError("the scan stream did not answer within 10 s: " + e, e);
        }
    }

    public int status() {
        return status;
    }

    public String errorBody() {
        return errorBody;
    }

    /** The next event named {@code name}, waiting at most {@code limit}; fails the test if none comes. */
    public Event next(String name, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Event e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no '" + name + "' event within " + limit.toMillis() + " ms");
                }
                if (e.name().equals(name)) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, id, data.toString(), System.nanoTime()));
                    }
                    name = "message";
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            // stream closed
        } finally {
            ended.countDown();
        }
    }

    /** Whether the server ends the stream within {@code limit}. */
    public boolean endsWithin(Duration limit) {
        try {
            return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (body != null) {
            try {
                body.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
