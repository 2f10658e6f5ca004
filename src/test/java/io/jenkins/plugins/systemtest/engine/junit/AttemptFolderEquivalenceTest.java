package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold with {@link RepeatFinder} gives exactly what the straightforward fold ({@link StraightforwardAttemptFolder},
 * one map entry per test case) gives, on random files full of repeats and on hash collisions.
 */
class AttemptFolderEquivalenceTest {

    /** One test case as the suite frame hands it over. */
    private record Case(String path, boolean pytest, String caseFile, TestCaseResult test) {
    }

    private static List<TestCaseResult> both(List<Case> cases, boolean assertions, String root, String property) {
        AttemptFolder fast = new AttemptFolder();
        StraightforwardAttemptFolder reference = new StraightforwardAttemptFolder();
        fast.rootName(root);
        reference.rootName(root);
        if (property != null) {
            fast.suiteProperty(property);
            reference.suiteProperty(property);
        }
        for (Case c : cases) {
            fast.add(c.path(), c.pytest(), c.caseFile(), c.test());
            reference.add(new StraightforwardAttemptFolder.Key(c.path(), c.test().className(), c.test().name(),
                    c.caseFile(), c.pytest()), c.test());
        }
        if (assertions) {
            fast.perCaseAssertions();
            reference.perCaseAssertions();
        }
        List<TestCaseResult> expected = reference.results();
        List<TestCaseResult> actual = fast.results();
        assertThat(actual).isEqualTo(expected);
        return actual;
    }

    private static TestCaseResult test(Random rnd, String className, String name, int n) {
        TestOutcome outcome = TestOutcome.values()[rnd.nextInt(TestOutcome.values().length)];
        boolean bad = outcome.isProblem() || outcome == TestOutcome.FLAKY;
        return new TestCaseResult("suite", className, name, outcome, rnd.nextInt(50), bad ? "Type" + n : "",
                bad ? "message " + n : "", bad ? "detail " + n : "", rnd.nextBoolean() ? "out " + n : "",
                rnd.nextInt(4) == 0 ? "err " + n : "", rnd.nextInt(6) == 0 ? 2 + rnd.nextInt(3) : 1,
                "TEST-" + className + ".xml");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 4711, 20261203})
    void shouldFoldExactlyAsTheStraightforwardFoldOnRandomFilesFullOfRepeats(long seed) {
        Random rnd = new Random(seed);
        for (int file = 0; file < 200; file++) {
            String[] paths = {"root", "root \u203a A", "root \u203a B", "root \u203a A @host", "pytest"};
            String[] classes = {"com.acme.A", "com.acme.B", ""};
            String[] names = {"t1", "t2", "t3", "", AttemptFolder.INIT, "Aa", "BB"};
            String[] files = {"", "", "a.py", "b.py"};
            List<Case> cases = new ArrayList<>();
            int count = rnd.nextInt(40);
            for (int i = 0; i < count; i++) {
                String path = paths[rnd.nextInt(paths.length)];
                cases.add(new Case(rnd.nextBoolean() ? path : new String(path), path.equals("pytest") && rnd.nextInt(4) > 0,
                        files[rnd.nextInt(files.length)], test(rnd, classes[rnd.nextInt(classes.length)],
                        names[rnd.nextInt(names.length)], i)));
            }
            int flags = rnd.nextInt(8);
            both(cases, flags == 1, flags == 2 ? "jest tests" : "root", flags == 3 ? "QTestVersion" : "tenant");
        }
    }

    @Test
    void shouldTellApartTestsWhoseIdentitiesCollideInTheirHash() {
        // "Aa" and "BB" have the same String hash code; so have "AaAa", "BBBB", "AaBB" and "BBAa".
        List<Case> cases = new ArrayList<>();
        String[] colliding = {"AaAa", "BBBB", "AaBB", "BBAa", "AaAa", "BBBB"};
        for (int i = 0; i < colliding.length; i++) {
            TestOutcome outcome = i < 4 ? TestOutcome.FAILED : TestOutcome.PASSED;
            cases.add(new Case("s", false, "", new TestCaseResult("s", "C", colliding[i], outcome, i, "", "", "", "",
                    "", 1, "f.xml")));
        }

        List<TestCaseResult> folded = both(cases, false, "root", null);

        assertThat(folded).extracting(TestCaseResult::name).containsExactly("AaAa", "BBBB", "AaBB", "BBAa");
        assertThat(folded).extracting(TestCaseResult::outcome).containsExactly(TestOutcome.FLAKY,
                TestOutcome.FLAKY, TestOutcome.FAILED, TestOutcome.FAILED);
    }

    @Test
    void shouldKeepALargeFileWithoutRepeatsAsItIsInDocumentOrder() {
        Random rnd = new Random(7);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String path = "root \u203a Suite" + (i / 25);
            cases.add(new Case(path, false, "", test(rnd, "com.acme.Suite" + (i / 25), "test" + (i % 25), i)));
        }

        List<TestCaseResult> folded = both(cases, false, "root", null);

        assertThat(folded).containsExactlyElementsOf(cases.stream().map(Case::test).toList());
    }

    @Test
    void shouldFindRepeatsOfASuiteThatComesBackLaterInTheFile() {
        Random rnd = new Random(11);
        List<Case> cases = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int suite = 0; suite < 50; suite++) {
                String path = "root \u203a Suite" + suite;
                for (int i = 0; i < 30; i++) {
                    cases.add(new Case(new String(path), false, "", test(rnd, "com.acme.Suite" + suite, "t" + i,
                            round)));
                }
            }
        }

        List<TestCaseResult> folded = both(cases, false, "root", null);

        assertThat(folded.size()).isBetween(1500, 4500);
    }
}
