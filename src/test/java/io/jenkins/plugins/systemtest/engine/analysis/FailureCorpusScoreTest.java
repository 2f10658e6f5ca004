package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.junit.JUnitXmlParser;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the failure analysis on the hand-labelled corpus (src/test/resources/analysis/corpus): every run is read
 * with the product's JUnit parser and analysed with the built-in rules, and every failing test's verdict is compared
 * with its label. Prints the score per kind, per dialect and per rule; fails below the bars of issue 8.
 */
class FailureCorpusScoreTest {

    private final JUnitXmlParser parser = new JUnitXmlParser();
    private final FailureAnalyzer analyzer = new FailureAnalyzer();

    /** What became of one labelled test. */
    record Verdict(CorpusLabels.Label label, boolean infra, String rule, String group, String root) {

        boolean kindRight() {
            return infra == label.infra();
        }

        boolean rootRight() {
            return root.equals(label.root());
        }
    }

    @Test
    void shouldMeetTheBarsOfIssue8OnTheLabelledCorpus() {
        List<Verdict> verdicts = CorpusLabels.byRun().entrySet().stream()
                .flatMap(e -> verdicts(e.getKey(), e.getValue()).stream()).toList();
        print(verdicts);

        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(150);
        assertThat(verdicts.stream().map(v -> v.label().dialect()).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(verdicts.stream().filter(v -> !v.label().infra() && v.infra()).map(v -> v.label().test()))
                .as("product failures called infrastructure").isEmpty();
        assertThat(share(verdicts, v -> true, Verdict::kindRight)).as("infrastructure vs product")
                .isGreaterThanOrEqualTo(0.97);
        assertThat(share(verdicts, v -> v.label().follower(), Verdict::rootRight)).as("cascade roots")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(share(verdicts, v -> !v.label().follower(), v -> !v.root().isEmpty()))
                .as("independent failures called followers").isLessThanOrEqualTo(0.01);
        assertThat(splitGroups(verdicts)).as("same-cause groups split apart").isEmpty();
    }

    private List<Verdict> verdicts(String run, List<CorpusLabels.Label> labels) {
        Path path = CorpusLabels.folder().resolve(run);
        ParsedResults results = Files.isDirectory(path) ? parser.parse(path, "*.xml")
                : parser.parseFile(path.getParent(), path);
        assertThat(results.problems()).as(run).isEmpty();
        FailureAnalysis analysis = analyzer.analyze(results.tests());
        Map<String, CorpusLabels.Label> byTest = new HashMap<>();
        labels.forEach(l -> assertThat(byTest.put(l.test(), l)).as("label given twice: " + l.test()).isNull());
        Set<String> failing = results.tests().stream().filter(t -> t.outcome().isProblem())
                .map(TestCaseResult::id).collect(Collectors.toSet());
        assertThat(failing).as("failing tests of " + run + " without a label").isSubsetOf(byTest.keySet());
        assertThat(byTest.keySet()).as("labels of " + run + " without a failing test").isSubsetOf(failing);
        return labels.stream().map(l -> {
            FailureGroup g = analysis.groups().stream().filter(x -> x.tests().contains(l.test())).findFirst()
                    .orElseThrow();
            return new Verdict(l, g.category() == FailureCategory.INFRASTRUCTURE, g.rule(),
                    run + " " + g.signature(), FailureAnalyzer.rootOf(analysis, l.test()).orElse(""));
        }).toList();
    }

    private static double share(List<Verdict> verdicts, java.util.function.Predicate<Verdict> among,
            java.util.function.Predicate<Verdict> right) {
        List<Verdict> base = verdicts.stream().filter(among).toList();
        return base.isEmpty() ? 1.0 : (double) base.stream().filter(right).count() / base.size();
    }

    /** The label groups whose tests the analysis put in more than one group. */
    private static Set<String> splitGroups(List<Verdict> verdicts) {
        Map<String, Set<String>> found = new HashMap<>();
        verdicts.forEach(v -> found.computeIfAbsent(v.label().run() + " " + v.label().group(), k -> new HashSet<>())
                .add(v.group()));
        return found.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static void print(List<Verdict> verdicts) {
        StringBuilder b = new StringBuilder("Failure corpus score (").append(verdicts.size()).append(" failing tests)\n");
        line(b, "all", verdicts);
        b.append("per kind of issue 8:\n");
        table(b, verdicts, v -> v.label().point());
        b.append("per dialect:\n");
        table(b, verdicts, v -> v.label().dialect());
        b.append("per rule that decided:\n");
        table(b, verdicts, Verdict::rule);
        b.append("misses:\n");
        verdicts.stream().filter(v -> !v.kindRight() || !v.rootRight()).forEach(v -> b.append("  ")
                .append(v.label().run()).append(" | ").append(v.label().test()).append(" | expected ")
                .append(v.label().infra() ? "INFRA" : "PRODUCT").append(v.label().root().isEmpty() ? ""
                        : " after " + v.label().root()).append(", got ").append(v.infra() ? "INFRA" : "PRODUCT")
                .append(" by ").append(v.rule()).append(v.root().isEmpty() ? "" : " after " + v.root()).append('\n'));
        splitGroups(verdicts).forEach(g -> b.append("  split group: ").append(g).append('\n'));
        System.out.println(b);
    }

    private static void table(StringBuilder b, List<Verdict> verdicts,
            java.util.function.Function<Verdict, String> key) {
        new TreeMap<>(verdicts.stream().collect(Collectors.groupingBy(key))).forEach((k, vs) -> line(b, "  " + k, vs));
    }

    private static void line(StringBuilder b, String name, List<Verdict> vs) {
        long kind = vs.stream().filter(Verdict::kindRight).count();
        List<Verdict> followers = vs.stream().filter(v -> v.label().follower()).toList();
        long roots = followers.stream().filter(Verdict::rootRight).count();
        long wrongFollowers = vs.stream().filter(v -> !v.label().follower() && !v.root().isEmpty()).count();
        b.append(String.format("%-34s %3d tests  kind %3d/%-3d (%5.1f %%)  roots %2d/%-2d  independents as followers %d%n",
                name, vs.size(), kind, vs.size(), 100.0 * kind / vs.size(), roots, followers.size(), wrongFollowers));
    }
}
