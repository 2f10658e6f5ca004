package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalised signature of a failure: its type and the first line of its message with the parts that change
 * from run to run folded into placeholders ({@code <n>}, {@code <id>}, {@code <path>}, {@code <host>},
 * {@code <port>}, {@code <time>}). Two failures with the same signature are taken to be the same failure.
 * Without a message, the first meaningful line of the failure detail stands in for it.
 */
public final class FailureSignature {

    /** The longest normalised message kept in a signature. */
    public static final int MAX_MESSAGE = 300;

    /**
     * Raw text looked at per line; anything after this cannot change a 300-character signature much, and the
     * bound keeps every pattern linear in practice.
     */
    private static final int MAX_RAW_LINE = 2_000;

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n");

    private static final Pattern PYTEST_ERROR_LINE = Pattern.compile("^E {2,}(\\S.*)$");
    private static final Pattern FRAME_LINE = Pattern.compile(
            "^(?:\\s+at\\s|\\s*(?:File \"|\\.\\.\\. \\d+ (?:more|common frames omitted)|#\\d+ |"
                    + "Traceback \\(most recent call last\\)))");
    private static final Pattern PHPUNIT_TEST_LINE = Pattern.compile(
            "^[A-Za-z_][\\w\\\\]*::\\w+(?: with data set .*)?$");
    private static final Pattern PLAYWRIGHT_HEADER = Pattern.compile("^\\s*(?:\\d+\\) )?\\[[^\\]]+\\] › |─{3,}");
    /** Playwright's JUnit reporter puts {@code file:line:column title} in the message, the error in the body. */
    private static final Pattern PLAYWRIGHT_MESSAGE = Pattern.compile("^[^\\s:]+:\\d+:\\d+\\s");
    /** pytest wraps the exception of a fixture as {@code failed on setup with "<exception>"}. */
    private static final Pattern PYTEST_WRAPPER = Pattern.compile("^failed on (?:setup|teardown) with \"(.*?)\"?$",
            Pattern.DOTALL);
    private static final Pattern PYTHON_TRACEBACK = Pattern.compile("^Traceback \\(most recent call last\\):");
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile(
            "^([A-Za-z_$][\\w$.\\\\]*(?:Error|Exception|Failure|Failed|Warning|Interrupt|Exit))"
                    + "(?::|$)");

    /**
     * One folding step: what to look for and what to put instead, applied in the order listed. The replacement
     * may refer to groups ({@code $1}); a rewrite, when given, computes the replacement from the match instead.
     */
    private record Fold(Pattern pattern, String replacement, UnaryOperator<String> rewrite) {
        static Fold of(String regex, String replacement) {
            return new Fold(Pattern.compile(regex), replacement, null);
        }

        static Fold of(String regex, UnaryOperator<String> rewrite) {
            return new Fold(Pattern.compile(regex), null, rewrite);
        }

        String apply(String s) {
            Matcher m = pattern.matcher(s);
            if (rewrite == null) {
                return m.replaceAll(replacement);
            }
            return m.replaceAll(r -> Matcher.quoteReplacement(rewrite.apply(r.group())));
        }
    }

    /** The first directory of an absolute path that says it is a file system path, not a URL path. */
    private static final Pattern FILE_SYSTEM_ROOT = Pattern.compile("^/(?:home|Users|tmp|var|opt|usr|srv|root|mnt"
            + "|media|data|app|builds|workspace|workspaces|runner|github|__w|jenkins|agent|private|Library|Volumes"
            + "|nix|run|etc|proc|sys|dev|bin|lib|snap|code|src|build|target|dist|out)(?:/|$)");
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\]+\\.[A-Za-z][A-Za-z0-9]{0,9}$");

    private static final String FILE_EXTENSIONS = "(?:py|pyc|java|kt|kts|groovy|scala|class|jar|js|mjs|cjs|ts|tsx|"
            + "jsx|php|phtml|rb|go|rs|cs|c|h|cc|cpp|hpp|sql|xml|json|ya?ml|txt|log|html?|properties|feature|spec)";

    private static final List<Fold> FOLDS = List.of(
            // memory addresses of objects: com.acme.Order@1b6d3586, <object at 0x7f3a2c>
            Fold.of("@[0-9a-fA-F]{4,16}\\b", "@<id>"),
            // UUIDs before anything that could eat their digits
            Fold.of("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b", "<id>"),
            // dates and times: 2025-03-14, 2025-03-14T09:12:03.512Z, 09:12:03,512, 14/03/2025
            Fold.of("\\b\\d{4}-\\d{2}-\\d{2}"
                    + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b", "<time>"),
            Fold.of("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b", "<time>"),
            Fold.of("\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\b", "<time>"),
            // epoch seconds and milliseconds (2017 to 2033)
            Fold.of("\\b1[5-9]\\d{8}(?:\\d{3})?\\b", "<time>"),
            // Windows paths (drive and UNC), then absolute and home-relative Unix paths; not inside URLs
            Fold.of("\\b[A-Za-z]:\\\\[^\\s:*?\"'<>|]*", p -> foldPath(p, '\\')),
            Fold.of("(?<![\\w\\\\])\\\\\\\\[\\w.$-]+\\\\[^\\s:*?\"'<>|]+", p -> foldPath(p, '\\')),
            Fold.of("(?<![\\w:/.>~-])(?:~|\\.{1,2})?/[\\w.@+$-][\\w.@+$/-]*", p -> foldPath(p, '/')),
            // hexadecimal ids: 0x7f3a2c10, container ids, shas, long numbers (at least 8 characters and one digit)
            Fold.of("\\b0x[0-9a-fA-F]+\\b", "<id>"),
            Fold.of("\\b(?=[0-9a-fA-F]*[0-9])[0-9a-fA-F]{8,}\\b", "<id>"),
            // IP addresses: IPv4, bracketed IPv6, bare IPv6 with at least two colons and one hex digit
            Fold.of("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b", "<host>"),
            Fold.of("\\[(?=[0-9a-fA-F.]{0,45}:)[0-9a-fA-F:.]{2,45}\\]", "<host>"),
            Fold.of("(?<![\\w:<])(?=[0-9a-fA-F:]{0,39}[0-9a-fA-F])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\\w:])",
                    "<host>"),
            // host:port; a dotted name ending in a source-file extension is a file and line, not a host
            Fold.of("(?<![\\w.<-])(?:<host>|localhost|(?![\\w.-]*\\." + FILE_EXTENSIONS + ":)"
                    + "[A-Za-z][\\w.-]*):\\d{2,5}(?!\\d|\\.\\d)", "<host>:<port>"),
            Fold.of("(?i)\\b(port)(\\s*[=:]?\\s*)\\d{1,5}\\b", "$1$2<port>"),
            // every other number that is not part of a name (psycopg2, HY000 and utf8 stay)
            Fold.of("(?<![A-Za-z0-9])\\d(?:[\\d.,]*\\d)?", "<n>"),
            Fold.of("\\s+", " "));

    private FailureSignature() {
    }

    /** The signature of a test's failure: type and folded message. */
    public static String of(TestCaseResult test) {
        return of(test, FailureText.of(test));
    }

    /** The signature of a test's failure whose error statements are known already. */
    static String of(TestCaseResult test, FailureText text) {
        return of(FailureText.usefulType(test.failureType()), text.headLine(), "");
    }

    /** The signature of a failure given by its parts, each possibly empty. */
    public static String of(String type, String message, String detail) {
        String t = type == null ? "" : type.strip();
        String line = firstLine(meaningfulMessage(t, message));
        if (line.isEmpty()) {
            line = headline(detail);
        }
        String folded = normalise(line);
        if (t.isEmpty()) {
            return folded.isEmpty() ? "(no message)" : folded;
        }
        if (folded.isEmpty()) {
            return t;
        }
        String ft = normalise(t);
        return folded.startsWith(ft + ":") || folded.equals(ft) ? folded : t + ": " + folded;
    }

    /**
     * The message with its volatile parts folded and whitespace collapsed, cut to {@link #MAX_MESSAGE}
     * characters. Only the first non-blank line counts.
     */
    public static String normalise(String message) {
        String s = firstLine(message);
        for (Fold f : FOLDS) {
            s = f.apply(s);
        }
        s = s.strip();
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE);
    }

    /**
     * The line a person would quote from a failure: its message, or when there is none the first meaningful line
     * of the detail. Not normalised.
     */
    public static String headline(TestCaseResult test) {
        String line = firstLine(message(test));
        return line.isEmpty() ? headline(test.failureDetail()) : line;
    }

    /**
     * The first meaningful line of a failure detail: the first pytest {@code E} line, the exception line of a
     * Python traceback, or else the first line that is not a stack frame, a PHPUnit test name or a Playwright
     * header; empty when there is none.
     */
    public static String headline(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String[] lines = NEWLINE.split(stripAnsi(detail), -1);
        for (String l : lines) {
            Matcher m = PYTEST_ERROR_LINE.matcher(l);
            if (m.matches()) {
                return clip(m.group(1).strip());
            }
        }
        int first = firstNonBlank(lines);
        if (first >= 0 && PYTHON_TRACEBACK.matcher(lines[first].strip()).find()) {
            for (int i = lines.length - 1; i > first; i--) {
                if (!lines[i].isBlank() && !Character.isWhitespace(lines[i].charAt(0))) {
                    return clip(lines[i].strip());
                }
            }
        }
        for (String l : lines) {
            if (!l.isBlank() && !FRAME_LINE.matcher(l).find() && !PHPUNIT_TEST_LINE.matcher(l.strip()).matches()
                    && !PLAYWRIGHT_HEADER.matcher(l).find()) {
                return clip(l.strip());
            }
        }
        return "";
    }

    /**
     * The failure message when it says something about the failure, else empty: Playwright's JUnit reporter
     * reports {@code file:line:column title} as the message of type {@code FAILURE}, which says nothing. pytest's
     * wrapper around fixture errors ({@code failed on setup with "..."}) is taken off, so that a failure in a
     * fixture and the same failure in a test share a signature.
     */
    public static String message(TestCaseResult test) {
        return meaningfulMessage(test.failureType(), test.failureMessage());
    }

    private static String meaningfulMessage(String type, String message) {
        if (message == null) {
            return "";
        }
        if ("FAILURE".equals(type == null ? "" : type.strip()) && PLAYWRIGHT_MESSAGE.matcher(message).find()) {
            return "";
        }
        Matcher m = PYTEST_WRAPPER.matcher(message);
        return m.matches() ? m.group(1) : message;
    }

    /**
     * The exception type a failure names: the reported type, or the qualified name that starts its headline
     * ({@code psycopg2.OperationalError: ...}); empty when neither says.
     */
    public static String typeOf(TestCaseResult test) {
        if (!test.failureType().isBlank()) {
            return test.failureType().strip();
        }
        Matcher m = EXCEPTION_PREFIX.matcher(headline(test));
        return m.find() ? m.group(1) : "";
    }

    /**
     * {@code <path>}, followed by the file name when the path ends in one ({@code <path>/users.json}). An absolute
     * Unix path that starts nowhere a file system path would and names no file is a URL path and stays.
     */
    private static String foldPath(String path, char separator) {
        Matcher file = FILE_NAME.matcher(path);
        boolean hasFile = file.find();
        boolean fileSystem = separator == '\\' || path.startsWith("~") || path.startsWith(".")
                || FILE_SYSTEM_ROOT.matcher(path).find();
        if (!fileSystem && !hasFile) {
            return path;
        }
        return hasFile ? "<path>" + separator + file.group() : "<path>";
    }

    /** Removes terminal colour codes (Jest and Playwright sometimes leave them in). */
    static String stripAnsi(String s) {
        return s.indexOf('\u001B') < 0 ? s : ANSI.matcher(s).replaceAll("");
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] lines = NEWLINE.split(stripAnsi(text), -1);
        int i = firstNonBlank(lines);
        return i < 0 ? "" : clip(lines[i].strip());
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String clip(String s) {
        return s.length() <= MAX_RAW_LINE ? s : s.substring(0, MAX_RAW_LINE);
    }
}
