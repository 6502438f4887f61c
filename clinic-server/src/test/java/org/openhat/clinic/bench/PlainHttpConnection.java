package org.openhat.clinic.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One kept-alive HTTP/1.1 connection on a plain socket, for benchmarks that time a request from
 * the client's side in the same JVM as the server. {@code java.net.http.HttpClient} spends about a
 * millisecond of its own per request here (its selector thread, futures and header maps), more than
 * the server's whole work on a session GET, so it hid what the server adds; this client writes the
 * request's bytes and reads the response's, as wrk does. It reads a body framed by Content-Length
 * or by chunks, and fails on anything else: it is not a general client.
 */
final class PlainHttpConnection implements Closeable {
    /** A response: its status and body. */
    record Response(int status, String body) {
    }

    private final String host;
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    PlainHttpConnection(String host, int port) throws IOException {
        this.host = host + ":" + port;
        this.socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    /** {@code headers}: each "Name: value", sent as they are (a session cookie, say). */
    Response get(String path, List<String> headers) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + lines(headers) + "\r\n\r\n", null);
    }

    Response postJson(String path, List<String> headers, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange("POST " + path + " HTTP/1.1\r\nHost: " + host + lines(headers)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body);
    }

    private static String lines(List<String> headers) {
        return headers.stream().map(h -> "\r\n" + h).collect(java.util.stream.Collectors.joining());
    }

    private Response exchange(String head, byte[] body) throws IOException {
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            out.write(headBytes);
        } else {
            // One write, so the request leaves in one segment as a browser's or wrk's would.
            byte[] request = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
        }
        out.flush();
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                throw new IOException("the server closed the kept-alive connection (status " + status + ")");
            }
        }
        return new Response(status, chunked ? chunkedBody() : new String(exactly(Math.max(length, 0)),
                StandardCharsets.UTF_8));
    }

    private String chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
             size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
            body.write(exactly(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers, none expected
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private byte[] exactly(int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new IOException("connection closed after " + bytes.length + " of " + n + " bytes");
        }
        return bytes;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
