package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a failure was raised: the top frame of its stack, and whether that frame is the test's own code (a test
 * file or the test class) rather than the product's. A null-state failure is a cascade follower only when the null
 * is the test's own state; a null that arises inside application code is a product failure of its own.
 *
 * @param location the frame as the stack names it (a file and line, or a class and method)
 * @param inTest   whether it is in the test's own code
 */
public record TopFrame(String location, boolean inTest) {

    private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n");
    /** pytest's {@code path.py:12: ExceptionType} lines and a traceback's {@code File "path.py", line 12}. */
    private static final Pattern PYTHON = Pattern.compile("^(\\S+\\.py):\\d+:|^\\s*File \"([^\"]+\\.py)\", line \\d+");
    private static final List<Pattern> FIRST_FRAME = List.of(
            // Java: at com.acme.FooIT.shouldWork(FooIT.java:80), Gradle's at app//com.acme.FooIT.shouldWork(...)
            Pattern.compile("^\\s+at (?:[\\w.$-]*/+)?((?:[\\w$]+\\.)+[\\w$<>]+)\\((?:[^)]*)\\)\\s*$"),
            // .NET: at Shop.PriceService.Total(Cart cart) in /src/Shop/PriceService.cs:line 30
            Pattern.compile("^\\s+at .+ in (.+):line \\d+\\s*$"),
            // JavaScript: at Object.<anonymous> (/app/test/x.test.js:25:45), at /app/src/x.js:12:24
            Pattern.compile("^\\s+at (?:.*? \\()?((?:[a-z]+://)?[^\\s()]+?):\\d+:\\d+\\)?\\s*$"),
            // Vitest: ❯ src/orders.test.ts:30:41, ❯ computeTotal src/cart/total.ts:8:20
            Pattern.compile("^\\s*\u276F (?:\\S+ (?:\\[[^]]*\\] )?)?(\\S+?):\\d+:\\d+\\s*$"),
            // PHP: /app/tests/Feature/OrderTest.php:28
            Pattern.compile("^(/\\S+\\.php):\\d+$"),
            // Ruby: # ./spec/requests/checkout_spec.rb:20:in `block (2 levels)'
            Pattern.compile("^#?\\s*(\\./\\S+\\.rb):\\d+:in "),
            // Go: \t/home/ci/src/shop/internal/cart/cart.go:44 +0x1a
            Pattern.compile("^\\t(/\\S+\\.go):\\d+(?: \\+0x[0-9a-f]+)?$"));
    private static final Pattern SKIPPED = Pattern.compile("^node:|<anonymous>|/node_modules/|/usr/local/go/src/"
            + "|^native|/vendor/(?:phpunit|pestphp)/");
    private static final Pattern TEST_PATH = Pattern.compile("(?:^|[/\\\\.])(?:tests?|spec|specs|__tests__|e2e|cypress"
            + "|integration-tests?|testing)[/\\\\]");
    private static final Pattern TEST_FILE = Pattern.compile("(?:^|[/\\\\])(?:test_[^/\\\\]*\\.py|[^/\\\\]*_test\\.(?:py|go)"
            + "|[^/\\\\]*[._-](?:test|spec|cy)\\.[cm]?[jt]sx?|[^/\\\\]*(?:Test|Tests|IT|Spec)\\.(?:java|kt|groovy|scala"
            + "|php|cs)|[^/\\\\]*_spec\\.rb)$");
    private static final Pattern TEST_CLASS = Pattern.compile("(?:Test|Tests|IT|ITCase|Spec)(?:\\$.*)?$");

    /** The top frame of the test's failure, if its detail shows one. */
    public static Optional<TopFrame> of(TestCaseResult test) {
        String detail = FailureSignature.stripAnsi(test.failureDetail());
        if (detail.isBlank()) {
            return Optional.empty();
        }
        String[] lines = NEWLINE.split(detail.length() > 64 * 1024 ? detail.substring(0, 64 * 1024) : detail, -1);
        String python = null;
        for (String line : lines) {
            Matcher m = PYTHON.matcher(line);
            if (m.find()) {
                python = m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        if (python != null) {
            return Optional.of(new TopFrame(python, isTestFile(python)));
        }
        for (String line : lines) {
            for (int p = 0; p < FIRST_FRAME.size(); p++) {
                Matcher m = FIRST_FRAME.get(p).matcher(line);
                if (m.find() && !SKIPPED.matcher(m.group(1)).find()) {
                    String where = m.group(1);
                    boolean inTest = p == 0 ? isTestClass(where, test.className()) : isTestFile(where);
                    return Optional.of(new TopFrame(where, inTest));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a path names a test file: in a tests/spec/e2e folder, or named like one. */
    static boolean isTestFile(String path) {
        String p = path.replaceFirst("^webpack://[^/]*/", "");
        return TEST_FILE.matcher(p).find() || TEST_PATH.matcher(p).find() && !p.startsWith("http");
    }

    /** Whether a Java frame's class.method is in the test class (or one named like a test). */
    private static boolean isTestClass(String classAndMethod, String testClass) {
        int dot = classAndMethod.lastIndexOf('.');
        String cls = dot < 0 ? classAndMethod : classAndMethod.substring(0, dot);
        return cls.equals(testClass) || cls.startsWith(testClass + "$") || TEST_CLASS.matcher(cls).find();
    }
}
