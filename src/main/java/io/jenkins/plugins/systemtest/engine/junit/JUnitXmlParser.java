package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads JUnit XML result files as Maven Surefire and Failsafe, Gradle, pytest, jest-junit, Playwright, PHPUnit and
 * Pest write them, streaming: memory depends on the number of test cases and the {@link OutputLimits}, never on the
 * size of a file.
 *
 * <p>What it does with bad input, one file at a time (the other files always count):
 * <ul>
 *   <li>an empty file, a file that is not XML, or one whose root is not {@code <testsuites>} or {@code <testsuite>}:
 *       one {@link ParseProblem} naming it, no tests;</li>
 *   <li>a DOCTYPE: refused with a problem before anything in it is read (no DTD, entity or external access);</li>
 *   <li>a file that breaks off or stops being well-formed: a problem with the line and column, and the test cases
 *       read completely before that point are kept (the one being read is dropped);</li>
 *   <li>{@code time} that cannot be read counts as 0.</li>
 * </ul>
 * {@link ParsedResults#files()} lists every file that was opened, whether or not it had a problem; a file that was
 * not opened (outside the base directory, unreadable) only has a problem.
 * An {@code <error>} or {@code <failure>} directly in a {@code <testsuite>} is a test named {@code <init>} in a class
 * named after the suite, as Jenkins reads it. Test cases repeated in one file are folded into attempts of one test
 * only where the file proves them retries, as {@link AttemptFolder} describes (identity: the whole suite path, class,
 * name and file); Surefire retry elements as {@link TestCaseBuilder} describes. docs/parsing.md says it per tool.
 * Playwright writes one test case per test: without its
 * {@code includeRetries} option a test that passed on retry is written as a plain pass and is read as PASSED
 * (the file says nothing more); with it, Playwright writes Surefire's retry elements, read as FLAKY.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class JUnitXmlParser {

    private final OutputLimits limits;
    private final XMLInputFactory factory = SafeXmlInputFactory.create();
    /** The JDK's reader, for files Woodstox cannot decode (see {@link #readFile}). */
    private final XMLInputFactory jdkFactory = SafeXmlInputFactory.createJdk();

    /** A parser with {@link OutputLimits#DEFAULT}. */
    public JUnitXmlParser() {
        this(OutputLimits.DEFAULT);
    }

    public JUnitXmlParser(OutputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads every file under {@code baseDir} the comma-separated Ant patterns select, in sorted order. Files the
     * {@link ResultFileFinder} skipped are reported as problems.
     *
     * @throws InvalidInputException (field {@code results}) when a pattern is empty, absolute or uses {@code ..}
     */
    public ParsedResults parse(Path baseDir, String patterns) {
        ResultFiles found = new ResultFileFinder(baseDir).find(patterns);
        List<String> files = new ArrayList<>();
        List<TestCaseResult> tests = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>(found.skipped());
        for (Path file : found.files()) {
            ParsedResults one = parseFile(baseDir, file);
            files.addAll(one.files());
            tests.addAll(one.tests());
            problems.addAll(one.problems());
        }
        return new ParsedResults(files, tests, problems);
    }

    /**
     * Reads one file, given relative to {@code baseDir} or absolute. A file that is not inside {@code baseDir}
     * once links are resolved is not read.
     */
    public ParsedResults parseFile(Path baseDir, Path file) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path path = base.resolve(file).normalize();
        String name = ResultFileFinder.relativeName(base, path);
        Path real;
        try {
            real = path.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                return problem(name, "is outside the results directory " + base + " once links are resolved; "
                        + "not read", false);
            }
            if (!Files.isRegularFile(real)) {
                return problem(name, "is not a regular file; not read", false);
            }
            if (Files.size(real) == 0) {
                return problem(name, "is empty: not a JUnit XML result file", true);
            }
        } catch (IOException e) {
            return problem(name, "cannot be read: " + e, false);
        }
        return readFile(name, real, factory, true);
    }

    /**
     * Reads a file with this factory. Woodstox decodes its input ahead, in blocks: bytes that are not in the file's
     * encoding stop it before the test cases of their block are read, and without a place. The JDK's reader stops at
     * the very byte, keeps every test case before it and says where: so a file that Woodstox cannot decode is read
     * again with the JDK's reader ({@code mayRetry}).
     */
    private ParsedResults readFile(String name, Path file, XMLInputFactory f, boolean mayRetry) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(name, () -> f.createXMLStreamReader(in),
                    mayRetry ? () -> readFile(name, file, jdkFactory, false) : null);
        } catch (IOException e) {
            return problem(name, "cannot be read: " + e, false);
        }
    }

    /**
     * Reads one document from bytes (the encoding comes from the XML declaration); {@code fileName} names it. Bytes
     * that are not valid in that encoding stop the read at the block of input they are in, so the test cases of that
     * block are not read; {@link #parseFile} reads such a file again to keep every test case before the bad byte.
     */
    public ParsedResults parse(InputStream in, String fileName) {
        return read(fileName, () -> factory.createXMLStreamReader(in), null);
    }

    /** Reads one document from characters; {@code fileName} names it in results and problems. */
    public ParsedResults parse(Reader in, String fileName) {
        return read(fileName, () -> factory.createXMLStreamReader(in), null);
    }

    /** @param retry what to do instead when the input cannot be decoded, or null to report it */
    private ParsedResults read(String name, ReaderOpener opener, Supplier<ParsedResults> retry) {
        JUnitDocumentHandler handler = new JUnitDocumentHandler(name, limits);
        List<ParseProblem> problems = new ArrayList<>(1);
        XMLStreamReader r = null;
        try {
            r = opener.open();
            run(r, handler);
            if (!handler.rootSeen()) {
                problems.add(new ParseProblem(name, 0, 0, "holds no XML element: not a JUnit XML result file"));
            }
        } catch (XMLStreamException e) {
            if (retry != null && undecodable(e)) {
                return retry.get();
            }
            problems.add(notWellFormed(name, handler, e));
        } catch (RefusedInputException e) {
            problems.add(at(name, r == null ? null : r.getLocation(), e.getMessage()));
        } catch (RuntimeException e) {
            // Woodstox reads a text only when it is asked for, and reports a mistake found then wrapped in a
            // RuntimeException (WstxLazyException) around the XMLStreamException.
            if (retry != null && undecodable(e)) {
                return retry.get();
            }
            problems.add(e.getCause() instanceof XMLStreamException x ? notWellFormed(name, handler, x)
                    : at(name, r == null ? null : r.getLocation(), "could not be read: " + e));
        } finally {
            close(r);
        }
        return new ParsedResults(List.of(name), handler.results(), problems);
    }

    private static void run(XMLStreamReader r, JUnitDocumentHandler handler)
            throws XMLStreamException, RefusedInputException {
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> handler.start(r);
                case XMLStreamConstants.END_ELEMENT -> handler.end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        handler.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.DTD -> throw new RefusedInputException("declares a DOCTYPE: DTDs and "
                        + "entities are refused in result files (they can read local files or reach the network)");
                default -> {
                    // Comments, processing instructions, undeclared entity references: nothing to read.
                }
            }
        }
    }

    /** Whether the reader stopped because bytes are not in the file's encoding. */
    private static boolean undecodable(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 6; depth++) {
            if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
                return true;
            }
            Throwable next = t instanceof XMLStreamException x && x.getNestedException() != null
                    ? x.getNestedException() : t.getCause();
            t = next == t ? null : next;
        }
        return false;
    }

    private static ParseProblem notWellFormed(String name, JUnitDocumentHandler handler, XMLStreamException e) {
        String what = undecodable(e) ? "holds bytes that are not valid in its encoding"
                : handler.rootSeen() ? "is not well-formed XML" : "is not a JUnit XML result file";
        return at(name, e.getLocation(), what + ": " + reason(e));
    }

    private static ParsedResults problem(String name, String message, boolean read) {
        return new ParsedResults(read ? List.of(name) : List.of(), List.of(),
                List.of(new ParseProblem(name, 0, 0, message)));
    }

    private static ParseProblem at(String name, Location l, String message) {
        int line = l == null ? 0 : Math.max(0, l.getLineNumber());
        int column = l == null ? 0 : Math.max(0, l.getColumnNumber());
        return new ParseProblem(name, line, column, message);
    }

    /**
     * The reader's own words, without the location it adds (the location is kept apart): Woodstox appends
     * "at [row,col ...]", the JDK's reader starts with "ParseError at [row,col]: ... Message:".
     */
    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("\n at [row,col");
        m = at >= 0 ? m.substring(0, at) : m;
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // Nothing left to read from it.
            }
        }
    }

    @FunctionalInterface
    private interface ReaderOpener {
        XMLStreamReader open() throws XMLStreamException;
    }
}
