package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by the memory tests: parses {@code args[1]} under {@code args[0]} and prints
 * one line of facts about the result.
 */
public final class ParseMain {

    private ParseMain() {
    }

    public static void main(String[] args) {
        ParsedResults r = new JUnitXmlParser().parse(Path.of(args[0]), args[1]);
        RunCounts c = RunCounts.of(r.tests());
        long longest = 0;
        boolean omitted = false;
        for (TestCaseResult t : r.tests()) {
            for (String s : new String[] {t.stdout(), t.stderr(), t.failureDetail(), t.failureMessage()}) {
                longest = Math.max(longest, s.length());
                omitted |= s.contains(" characters omitted ...]");
            }
        }
        System.out.println("tests=" + c.total() + " failed=" + c.failed() + " errors=" + c.errors() + " skipped="
                + c.skipped() + " problems=" + r.problems().size() + " longest=" + longest + " omitted=" + omitted);
        r.problems().forEach(p -> System.out.println("problem: " + p));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peakHeapBytes=" + peak);
    }
}
