package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells, for each test case of a file in document order, whether an earlier one had the same identity (suite path,
 * pytest flag, class, name and {@code file} attribute; see {@link AttemptFolder}), cheaply, because most files repeat
 * nothing. Test cases of different suite paths can never be repeats, so each suite path has a small table of its own,
 * found once per suite rather than once per test case; the table holds only the indexes of the test cases and a hash
 * of class, name and file, and the test cases themselves are compared only when the hashes are equal. Nothing is
 * allocated per test case once a table has grown to its suite's size.
 */
final class RepeatFinder {

    private final List<TestCaseResult> cases;
    private final List<String> caseFiles;
    private final Map<Group, Group> groups = new HashMap<>();
    private Group last;

    /** @param cases the test cases, and {@code caseFiles} their {@code file} attributes, as they are added */
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
        Group g = last;
        if (g == null || g.path != path || g.pytest != pytest) {
            Group probe = new Group(path, pytest);
            g = groups.putIfAbsent(probe, probe);
            if (g == null) {
                g = probe;
            }
            last = g;
        }
        TestCaseResult t = cases.get(index);
        String file = caseFiles.get(index);
        int h = (t.name().hashCode() * 31 + t.className().hashCode()) * 31 + file.hashCode();
        h ^= h >>> 16;
        return g.putIfAbsent(h, index, this);
    }

    private boolean sameIdentity(int a, int b) {
        TestCaseResult x = cases.get(a);
        TestCaseResult y = cases.get(b);
        return x.name().equals(y.name()) && x.className().equals(y.className())
                && caseFiles.get(a).equals(caseFiles.get(b));
    }

    /** The test cases of one suite path: an open-addressing table of their indexes plus one, 0 for free. */
    private static final class Group {
        final String path;
        final boolean pytest;
        private int[] slots = new int[8];
        private int[] hashes = new int[8];
        private int size;

        Group(String path, boolean pytest) {
            this.path = path;
            this.pytest = pytest;
        }

        int putIfAbsent(int h, int index, RepeatFinder finder) {
            int mask = slots.length - 1;
            int i = h & mask;
            while (slots[i] != 0) {
                int other = slots[i] - 1;
                if (hashes[i] == h && finder.sameIdentity(other, index)) {
                    return other;
                }
                i = (i + 1) & mask;
            }
            slots[i] = index + 1;
            hashes[i] = h;
            if (++size * 2 > slots.length) {
                grow();
            }
            return -1;
        }

        private void grow() {
            int[] oldSlots = slots;
            int[] oldHashes = hashes;
            slots = new int[oldSlots.length * 2];
            hashes = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int j = 0; j < oldSlots.length; j++) {
                if (oldSlots[j] != 0) {
                    int i = oldHashes[j] & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = oldSlots[j];
                    hashes[i] = oldHashes[j];
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && g.pytest == pytest && g.path.equals(path);
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 2 + (pytest ? 1 : 0);
        }
    }
}
