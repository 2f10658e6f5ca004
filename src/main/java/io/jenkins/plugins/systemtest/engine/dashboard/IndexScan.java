package io.jenkins.plugins.systemtest.engine.dashboard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a job's whole history index for the dashboard, fast: one pass over the complete lines that only finds each
 * line's tenant and suite, then a streaming parse of the last lines of each tenant and suite that takes only the
 * fields a {@link RunMark} needs (the list of tests that did not pass is skipped, not built). A line that cannot be
 * read is skipped, an incomplete last line (a write cut short) ignored, as the history index does.
 */
final class IndexScan {

    private static final JsonFactory JSON = new JsonFactory();

    /** One run of the index: its mark, tenant, tenant name and suite. */
    record Line(RunMark mark, String tenant, String tenantName, String suite) {
    }

    private IndexScan() {
    }

    /**
     * How many of the last lines of each tenant and suite are parsed: twice what the dashboard keeps, so that runs
     * appended a little out of order (parallel branches finishing in another order than they started) still
     * sort right. A line appended before the last {@value} lines of its tenant and suite is taken to be older.
     */
    static final int KEEP = 2 * DashboardEntry.RECENT;

    private static final byte[] TENANT = "\"tenant\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUITE = "\"suite\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NOT_PASSED = "\"notPassed\"".getBytes(StandardCharsets.US_ASCII);

    /** The positions of the last {@link #KEEP} lines of one tenant and suite, in a ring. */
    private static final class Last {
        final int[] offsets = new int[KEEP];
        final int[] lengths = new int[KEEP];
        int count;

        void add(int offset, int length) {
            offsets[count % KEEP] = offset;
            lengths[count % KEEP] = length;
            count++;
        }
    }

    /**
     * The last runs of each tenant and suite of the index (at most {@link #KEEP}, in file order), grouped by
     * {@link DashboardEntry#key(String, String)}, without the runs of build {@code skipBuild}. Every line is looked
     * at, but only for its tenant and suite (a byte search; the full JSON reader when the line is unusual); only
     * the lines kept are parsed.
     */
    static Map<String, List<Line>> read(Path index, long skipBuild) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(index);
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        Map<String, Last> last = new HashMap<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (i > start) {
                    String key = key(bytes, start, i - start);
                    if (key != null) {
                        last.computeIfAbsent(key, k -> new Last()).add(start, i - start);
                    }
                }
                start = i + 1;
            }
        }
        Map<String, List<Line>> byKey = new HashMap<>();
        for (Map.Entry<String, Last> e : last.entrySet()) {
            Last l = e.getValue();
            List<Line> lines = new ArrayList<>(Math.min(KEEP, l.count));
            for (int n = Math.max(0, l.count - KEEP); n < l.count; n++) {
                Line line = parse(bytes, l.offsets[n % KEEP], l.lengths[n % KEEP]);
                if (line != null && line.mark().build() != skipBuild) {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                byKey.put(e.getKey(), lines);
            }
        }
        return byKey;
    }

    /** The tenant and suite key of a line, from a byte search when the line is plain, else from parsing it. */
    static String key(byte[] buf, int offset, int length) {
        int end = offset + length;
        int t = indexOf(buf, offset, end, TENANT);
        int s = t < 0 ? -1 : indexOf(buf, offset, end, SUITE);
        // Only the part before the fields is searched for the per-test map, whose keys could look like them.
        if (s >= 0 && indexOf(buf, offset, Math.max(t, s), NOT_PASSED) < 0) {
            String tenant = value(buf, t, TENANT.length, end);
            String suite = value(buf, s, SUITE.length, end);
            if (tenant != null && suite != null) {
                return DashboardEntry.key(tenant, suite);
            }
        }
        Line line = parse(buf, offset, length); // escapes, another field order, or not a summary at all
        return line == null ? null : DashboardEntry.key(line.tenant(), line.suite());
    }

    /** The plain string value after a field name found at {@code at}, or null when absent or escaped. */
    private static String value(byte[] buf, int at, int nameLength, int limit) {
        if (at < 0) {
            return null;
        }
        int from = at + nameLength;
        for (int i = from; i < limit; i++) {
            byte b = buf[i];
            if (b == '"') {
                return new String(buf, from, i - from, StandardCharsets.UTF_8);
            }
            if (b == '\\') {
                return null;
            }
        }
        return null;
    }

    private static int indexOf(byte[] buf, int from, int to, byte[] pattern) {
        byte first = pattern[0];
        int last = to - pattern.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (buf[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
