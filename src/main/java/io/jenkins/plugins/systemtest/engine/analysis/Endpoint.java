package io.jenkins.plugins.systemtest.engine.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint a failure names: the host and port (or URL host) it could not reach. Infrastructure failures of one
 * rule and one endpoint are one cause, whatever else their messages say (the SQL, the URL path, the test's own
 * words); {@code localhost}, {@code 127.0.0.1} and {@code ::1} are one host.
 */
final class Endpoint {

    private static final List<Pattern> PATTERNS = List.of(
            // scheme://host[:port]
            Pattern.compile("\\b[a-z][a-z0-9+.-]*://(?:[^@/\\s]+@)?(\\[[0-9A-Fa-f:]+\\]|[^/\\s:\"'`)\\]]+)(?::(\\d{1,5}))?"),
            // "host" (10.0.0.1), port 5432 (libpq)
            Pattern.compile("\"([^\"]+)\"(?: \\([^)]*\\))?, port (\\d{1,5})"),
            // Failed to connect to minio port 9000 (curl)
            Pattern.compile("connect to (\\S+) port (\\d{1,5})"),
            // `host`:`5432` (Prisma)
            Pattern.compile("`([^`]+)`:`(\\d{1,5})`"),
            // host:port, not a source file and line
            Pattern.compile("(?<![\\w.\\-/])((?:\\d{1,3}\\.){3}\\d{1,3}|\\[[0-9A-Fa-f:]+\\]|[A-Za-z][\\w-]*(?:\\.[\\w-]+)*)"
                    + ":(\\d{2,5})\\b"));
    private static final Pattern SOURCE_FILE = Pattern.compile("\\.(?:py|go|java|kt|js|mjs|cjs|ts|tsx|jsx|php|rb|rs"
            + "|cs|scala|groovy|c|cc|cpp|h)$");
    private static final Pattern LOCAL = Pattern.compile("(?i)localhost|127\\.0\\.0\\.1|\\[?::1\\]?|0\\.0\\.0\\.0");

    private Endpoint() {
    }

    /** The first endpoint the text names, as {@code host:port} or {@code host}. */
    static Optional<String> of(String text) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (SOURCE_FILE.matcher(m.group(1)).find()) {
                    continue;
                }
                if (m.start() < best) {
                    best = m.start();
                    String host = LOCAL.matcher(m.group(1)).matches() ? "localhost"
                            : m.group(1).toLowerCase(Locale.ROOT);
                    found = m.group(2) == null ? host : host + ":" + m.group(2);
                }
                break;
            }
        }
        return Optional.ofNullable(found);
    }
}
