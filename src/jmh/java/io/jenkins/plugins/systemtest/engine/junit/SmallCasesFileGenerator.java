package io.jenkins.plugins.systemtest.engine.junit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the "many small cases" shape of issue 10, streaming: a Surefire-style file of {@code tests} test cases in
 * suites of 25, most of them plain passes; 1 in 7 passes with 40 lines of {@code system-out}; 1 in 50 fails with a
 * 30-frame stack trace and 40 lines of output. With 185,577 tests the file is about 50 MB, as the file the issue
 * was measured on. Where a case is both a 7th and a 50th, it fails.
 */
public final class SmallCasesFileGenerator {

    /** The number of test cases of the file the issue was measured on. */
    public static final int ISSUE_TESTS = 185_577;

    /** What was written. */
    public record Generated(long bytes, int tests, int failures, int printing) {
    }

    private static final int SUITE_SIZE = 25;

    private final Writer out;
    private long chars;
    private int failures;
    private int printing;

    private SmallCasesFileGenerator(Writer out) {
        this.out = out;
    }

    public static Generated write(Path file, int tests) throws IOException {
        SmallCasesFileGenerator g;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            g = new SmallCasesFileGenerator(w);
            g.document(tests);
        }
        return new Generated(Files.size(file), tests, g.failures, g.printing);
    }

    private void document(int tests) throws IOException {
        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"small-cases\">\n");
        int n = 0;
        for (int suite = 1; n < tests; suite++) {
            String cls = "com.acme.shop.Module" + (suite % 97) + ".Feature" + suite + "Test";
            int size = Math.min(SUITE_SIZE, tests - n);
            put("  <testsuite name=\"" + cls + "\" tests=\"" + size + "\" time=\"3.25\">\n");
            for (int i = 0; i < size; i++, n++) {
                testCase(cls, n, i);
            }
            put("  </testsuite>\n");
        }
        put("</testsuites>\n");
    }

    private void testCase(String cls, int n, int i) throws IOException {
        put("    <testcase name=\"should" + (i % 2 == 0 ? "Accept" : "Reject") + "Item" + i + "\" classname=\"" + cls
                + "\" time=\"0.0" + (n * 31 % 100) + "\"");
        if (n % 50 == 49) {
            failures++;
            put(">\n      <failure message=\"expected: &lt;3&gt; but was: &lt;4&gt;\" "
                    + "type=\"org.opentest4j.AssertionFailedError\">org.opentest4j.AssertionFailedError: "
                    + "expected: &lt;3&gt; but was: &lt;4&gt;\n");
            for (int f = 0; f < 30; f++) {
                put("\tat com.acme.shop.catalog.Cart.add(Cart.java:" + (100 + f) + ")\n");
            }
            put("</failure>\n");
            output(n);
            put("    </testcase>\n");
        } else if (n % 7 == 6) {
            printing++;
            put(">\n");
            output(n);
            put("    </testcase>\n");
        } else {
            put("/>\n");
        }
    }

    private void output(int n) throws IOException {
        put("      <system-out><![CDATA[");
        for (int l = 0; l < 40; l++) {
            put("step " + l + " item " + n + "\n");
        }
        put("]]></system-out>\n");
    }

    private void put(String s) throws IOException {
        out.write(s);
        chars += s.length();
    }
}
