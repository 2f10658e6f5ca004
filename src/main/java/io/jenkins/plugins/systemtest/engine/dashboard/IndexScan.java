package io.jenkins.plugins.systemtest.engine.dashboard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a job's whole history index for the dashboard, fast: a streaming pass over each complete line that takes
 * only the fields a {@link RunMark} needs (the list of tests that did not pass is skipped, not built). A line that
 * cannot be read is skipped, an incomplete last line (a write cut short) ignored, as the history index does.
 */
final class IndexScan {

    private static final JsonFactory JSON = new JsonFactory();

    /** One run of the index: its mark, tenant, tenant name and suite. */
    record Line(RunMark mark, String tenant, String tenantName, String suite) {
    }

    private IndexScan() {
    }

    /** The runs of the index grouped by {@link DashboardEntry#key(String, String)}, in file order. */
    static Map<String, List<Line>> read(Path index, long skipBuild) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(index);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        Map<String, List<Line>> byKey = new HashMap<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                Line line = i > start ? parse(bytes, start, i - start) : null;
                if (line != null && line.mark().build() != skipBuild) {
                    byKey.computeIfAbsent(DashboardEntry.key(line.tenant(), line.suite()), k -> new ArrayList<>())
                            .add(line);
                }
                start = i + 1;
            }
        }
        return byKey;
    }

    /** One line, or null when it is not a readable run summary. */
    static Line parse(byte[] buf, int offset, int length) {
        String id = null;
        String tenant = null;
        String tenantName = null;
        String suite = null;
        RunVerdict verdict = null;
        long build = 0;
        long startedAt = 0;
        long duration = 0;
        int total = 0;
        int passed = 0;
        int failed = 0;
        int errors = 0;
        int skipped = 0;
        int flaky = 0;
        try (JsonParser p = JSON.createParser(buf, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "build" -> build = p.getValueAsLong();
                    case "tenant" -> tenant = p.getValueAsString();
                    case "tenantName" -> tenantName = p.getValueAsString();
                    case "suite" -> suite = p.getValueAsString();
                    case "verdict" -> verdict = RunVerdict.valueOf(p.getValueAsString());
                    case "startedAt" -> startedAt = p.getValueAsLong();
                    case "durationMillis" -> duration = p.getValueAsLong();
                    case "counts" -> {
                        if (value == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String name = p.currentName();
                                p.nextToken();
                                int n = p.getValueAsInt();
                                switch (name) {
                                    case "total" -> total = n;
                                    case "passed" -> passed = n;
                                    case "failed" -> failed = n;
                                    case "errors" -> errors = n;
                                    case "skipped" -> skipped = n;
                                    case "flaky" -> flaky = n;
                                    default -> p.skipChildren();
                                }
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (id == null || tenant == null || verdict == null) {
            return null;
        }
        RunCounts counts = new RunCounts(total, passed, failed, errors, skipped, flaky);
        return new Line(new RunMark(id, build, verdict, counts.passRate(), counts.executed(), startedAt, duration),
                tenant,
                tenantName == null ? tenant : tenantName, suite == null ? "default" : suite);
    }
}
