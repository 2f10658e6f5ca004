package io.jenkins.plugins.systemtest.engine.junit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large JUnit XML files, streaming, for the memory tests and the benchmark: suites of 50 Surefire-like test
 * cases of which 6% fail with a stack trace and print, 3% error, 2% are skipped and 10% pass and print, plus
 * optionally one test with a huge {@code system-out} in CDATA and one with a huge escaped {@code system-err}.
 */
final class JUnitFileGenerator {

    /** What was written. */
    record Generated(long chars, int tests, int failures, int errors, int skipped) {
    }

    private static final String LOG_LINE =
            "2024-05-02 10:14:03.512 INFO  [pool-3-thread-7] c.a.o.OrderService - tenant=acme order=%d total=108.00 "
                    + "status=CREATED\n";
    private static final String FRAME = "\tat com.acme.orders.OrderService.create(OrderService.java:%d)\n";

    private final Writer out;
    private long chars;
    private int tests;
    private int failures;
    private int errors;
    private int skipped;

    private JUnitFileGenerator(Writer out) {
        this.out = out;
    }

    /**
     * A file of about {@code targetChars} characters of ordinary test cases, then {@code hugeOut} characters of
     * CDATA standard output in one test and {@code hugeErr} characters of escaped standard error in another.
     */
    static Generated write(Path file, long targetChars, long hugeOut, long hugeErr) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            JUnitFileGenerator g = new JUnitFileGenerator(w);
            g.document(targetChars, hugeOut, hugeErr);
            return new Generated(g.chars, g.tests, g.failures, g.errors, g.skipped);
        }
    }

    private void document(long targetChars, long hugeOut, long hugeErr) throws IOException {
        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"generated\">\n");
        int suite = 0;
        while (chars < targetChars) {
            suite++;
            put("  <testsuite name=\"com.acme.generated.Suite" + suite + "IT\" tests=\"50\" time=\"12.5\">\n");
            put("    <properties><property name=\"tenant\" value=\"acme\"/></properties>\n");
            for (int i = 0; i < 50; i++) {
                testCase(suite, i);
            }
            put("    <system-out><![CDATA[suite " + suite + " started\n]]></system-out>\n  </testsuite>\n");
        }
        if (hugeOut > 0 || hugeErr > 0) {
            put("  <testsuite name=\"com.acme.generated.HugeOutputIT\">\n");
            if (hugeOut > 0) {
                tests++;
                put("    <testcase name=\"printsAlot\" classname=\"com.acme.generated.HugeOutputIT\" time=\"1\">"
                        + "<system-out><![CDATA[");
                repeat("cdata line with <markup> & ampersands that CDATA keeps as they are 0123456789\n", hugeOut);
                put("]]></system-out></testcase>\n");
            }
            if (hugeErr > 0) {
                tests++;
                failures++;
                put("    <testcase name=\"complainsAlot\" classname=\"com.acme.generated.HugeOutputIT\" time=\"2\">"
                        + "<failure message=\"too loud\" type=\"java.lang.AssertionError\">boom</failure><system-err>");
                repeat("escaped line &lt;warn&gt; a &amp; b &#x41;&#66; 0123456789 abcdefghijklmnopqrstuvwxyz\n", hugeErr);
                put("</system-err></testcase>\n");
            }
            put("  </testsuite>\n");
        }
        put("</testsuites>\n");
    }

    private void testCase(int suite, int i) throws IOException {
        tests++;
        String cls = "com.acme.generated.Suite" + suite + "IT";
        put("    <testcase name=\"shouldHandleCase" + i + "\" classname=\"" + cls + "\" time=\"0." + (i * 37 % 1000)
                + "\"");
        int kind = (suite * 50 + i) % 100;
        boolean prints = kind % 10 == 5;
        if (kind >= 11 && !prints) {
            put("/>\n");
            return;
        }
        put(">\n");
        if (kind < 6) {
            failures++;
            put("      <failure message=\"expected: &lt;201&gt; but was: &lt;500&gt;\" "
                    + "type=\"org.opentest4j.AssertionFailedError\"><![CDATA[org.opentest4j.AssertionFailedError: "
                    + "expected: <201> but was: <500>\n");
            stack(40);
            put("]]></failure>\n");
            log(suite, 30);
        } else if (kind < 9) {
            errors++;
            put("      <error message=\"Connection refused\" type=\"java.net.ConnectException\">"
                    + "java.net.ConnectException: Connection refused\n");
            stack(25);
            put("</error>\n");
        } else if (kind < 11) {
            skipped++;
            put("      <skipped message=\"feature flag off for tenant acme\"/>\n");
        } else {
            log(suite, 20);
        }
        put("    </testcase>\n");
    }

    private void log(int suite, int lines) throws IOException {
        put("      <system-out><![CDATA[");
        for (int l = 0; l < lines; l++) {
            put(LOG_LINE.replace("%d", Integer.toString(suite * 1000 + l)));
        }
        put("]]></system-out>\n");
    }

    private void stack(int frames) throws IOException {
        for (int f = 0; f < frames; f++) {
            put(FRAME.replace("%d", Integer.toString(40 + f)));
        }
    }

    private void repeat(String line, long total) throws IOException {
        char[] c = line.toCharArray();
        for (long n = 0; n < total; n += c.length) {
            out.write(c);
            chars += c.length;
        }
    }

    private void put(String s) throws IOException {
        out.write(s);
        chars += s.length();
    }
}
