package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells, for each test case of a file in document order, whether an earlier one had the same identity (suite path,
 * pytest flag, class, name and {@code file} attribute; see {@link AttemptFolder}), cheaply, because most files repeat
 * nothing. Test cases of different suite paths can never be repeats, and a suite's test cases come one after the
 * other: so one hash table, reused, holds the test cases of the suite path being read (their indexes and a hash of
 * class, name and file; the test cases themselves are compared only when the hashes are equal). Each suite path
 * remembers the ranges of indexes it was read in; when a path comes back later in the file, the table is filled
 * again from those ranges. Nothing is allocated per test case, and per suite only its entry and its ranges.
 */
final class RepeatFinder {

    private final List<TestCaseResult> cases;
    private final List<String> caseFiles;
    private final Map<Path, Path> paths = new HashMap<>();
    private Path current;
    /** Index plus one of the test case in each slot; a slot is taken only when its stamp is {@link #generation}. */
    private int[] slots = new int[64];
    private int[] hashes = new int[64];
    private int[] stamps = new int[64];
    private int generation = 1;
    private int size;
    /** Test cases put in the table again when a path came back; past a limit, {@link #everyPath} takes over. */
    private long refilled;
    /** For files whose suites come back again and again: every first test case by its whole identity. */
    private Map<Identity, Integer> everyPath;

    /** The whole identity of a test case, for {@link #everyPath}. */
    private record Identity(String path, boolean pytest, String className, String name, String file) {
    }

    /** @param cases the test cases (null where one was a repeat), and {@code caseFiles} their {@code file} attributes */
    RepeatFinder(List<TestCaseResult> cases, List<String> caseFiles) {
        this.cases = cases;
        this.caseFiles = caseFiles;
    }

    /**
     * Registers the test case at {@code index} (already in the lists) as read in the suite {@code path}.
     *
     * @return the index of the first earlier test case with the same identity, or -1 when there is none
     */
    int register(String path, boolean pytest, int index) {
        if (everyPath == null) {
            Path p = current;
            if (p == null || p.name != path || p.pytest != pytest) {
                switchTo(path, pytest, index);
            }
        }
        if (everyPath != null) {
            return byIdentity(path, pytest, index);
        }
        current.extendTo(index);
        return putIfAbsent(hash(index), index);
    }

    private void switchTo(String path, boolean pytest, int index) {
        Path probe = new Path(path, pytest);
        Path known = paths.putIfAbsent(probe, probe);
        generation++;
        size = 0;
        if (known == null) {
            current = probe;
            probe.startRange(index);
            return;
        }
        current = known;
        refilled += known.firstIndexes();
        if (refilled > 4L * (index + 64)) {
            // Suites that keep coming back (a file written one test case per suite element): one map instead.
            everyPath = new HashMap<>();
            for (Path each : paths.values()) {
                for (int r = 0; r < each.rangeCount; r++) {
                    for (int i = each.ranges[2 * r]; i < each.ranges[2 * r + 1]; i++) {
                        if (cases.get(i) != null) {
                            everyPath.put(identity(each.name, each.pytest, i), i);
                        }
                    }
                }
            }
            return;
        }
        for (int r = 0; r < known.rangeCount; r++) {
            for (int i = known.ranges[2 * r]; i < known.ranges[2 * r + 1]; i++) {
                if (cases.get(i) != null) {
                    putIfAbsent(hash(i), i);
                }
            }
        }
        known.startRange(index);
    }

    private int byIdentity(String path, boolean pytest, int index) {
        Integer first = everyPath.putIfAbsent(identity(path, pytest, index), index);
        return first == null ? -1 : first;
    }

    private Identity identity(String path, boolean pytest, int index) {
        TestCaseResult t = cases.get(index);
        return new Identity(path, pytest, t.className(), t.name(), caseFiles.get(index));
    }

    private int hash(int index) {
        TestCaseResult t = cases.get(index);
        int h = (t.name().hashCode() * 31 + t.className().hashCode()) * 31 + caseFiles.get(index).hashCode();
        return h ^ (h >>> 16);
    }

    private int putIfAbsent(int h, int index) {
        int mask = slots.length - 1;
        int i = h & mask;
        while (stamps[i] == generation) {
            int other = slots[i] - 1;
            if (hashes[i] == h && sameIdentity(other, index)) {
                return other;
            }
            i = (i + 1) & mask;
        }
        slots[i] = index + 1;
        hashes[i] = h;
        stamps[i] = generation;
        if (++size * 2 > slots.length) {
            grow();
        }
        return -1;
    }

    private boolean sameIdentity(int a, int b) {
        TestCaseResult x = cases.get(a);
        TestCaseResult y = cases.get(b);
        return x.name().equals(y.name()) && x.className().equals(y.className())
                && caseFiles.get(a).equals(caseFiles.get(b));
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        int[] oldStamps = stamps;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        stamps = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldStamps[j] == generation) {
                int i = oldHashes[j] & mask;
                while (stamps[i] == generation) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
                stamps[i] = generation;
            }
        }
    }

    /** A suite path (and pytest flag) and the ranges of test case indexes read in it. */
    private static final class Path {
        final String name;
        final boolean pytest;
        int[] ranges = new int[2];
        int rangeCount;

        Path(String name, boolean pytest) {
            this.name = name;
            this.pytest = pytest;
        }

        void startRange(int index) {
            if (2 * rangeCount == ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            ranges[2 * rangeCount] = index;
            ranges[2 * rangeCount + 1] = index;
            rangeCount++;
        }

        /** How many test cases its ranges hold (repeats included). */
        int firstIndexes() {
            int n = 0;
            for (int r = 0; r < rangeCount; r++) {
                n += ranges[2 * r + 1] - ranges[2 * r];
            }
            return n;
        }

        void extendTo(int index) {
            ranges[2 * rangeCount - 1] = index + 1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Path p && p.pytest == pytest && p.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 2 + (pytest ? 1 : 0);
        }
    }
}
