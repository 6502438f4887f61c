package org.openhat.clinic.core.register.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every checkpoint also written outside the database, one JSON line each, only ever appended
 * (and forced to disk before the checkpoint's transaction commits). Someone who can rewrite the
 * database can still not make it agree with a copy of this file kept elsewhere, an inspector's
 * say, and the verifier compares the two line by line.
 */
public final class CheckpointFile {
    public static final String NAME = "register-checkpoints.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path path;

    public CheckpointFile(Path path) {
        this.path = path;
    }

    /** The file in a directory, under its usual name. */
    public static CheckpointFile in(Path directory) {
        return new CheckpointFile(directory.resolve(NAME));
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /** Appends one line and forces it to disk; one writer at a time, so lines never interleave. */
    public synchronized void append(CheckpointLine line) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint file " + path, e);
        }
    }

    /** Makes the file, empty, if there is none. */
    public synchronized void create() {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            if (!Files.exists(path)) {
                Files.createFile(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the checkpoint file " + path, e);
        }
    }

    /** Every line, in file order; a missing file reads as none. */
    public synchronized Contents read() {
        List<CheckpointLine> lines = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!Files.exists(path)) {
            return new Contents(lines, unreadable, false);
        }
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint file " + path, e);
        }
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).isBlank()) {
                continue;
            }
            try {
                CheckpointLine line = JSON.readValue(text.get(i), CheckpointLine.class);
                Instant.parse(line.signedAt());
                lines.add(line);
            } catch (JsonProcessingException | DateTimeParseException | NullPointerException e) {
                unreadable.add("line " + (i + 1) + " of " + path + " is not a checkpoint");
            }
        }
        return new Contents(lines, unreadable, true);
    }

    /** What the file holds: its checkpoints, and any line that is not one. */
    public record Contents(List<CheckpointLine> lines, List<String> unreadable, boolean exists) {
    }
}
