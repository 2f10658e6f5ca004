package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a run is analysed with: the team's rules from its rules file, which win over the built-in ones (a team
 * rule named like a built-in one replaces it), or the built-in ones alone. A rules file that cannot be read or used
 * never stops the run: its results are analysed with the built-in rules and the problem, naming the file and line,
 * is reported with them.
 *
 * @param rules   the rules to analyse with
 * @param team    the team's rules, empty when none were loaded
 * @param problem what was wrong with the rules file, if anything
 */
public record LoadedRules(FailureRules rules, List<FailureRule> team, Optional<RulesFileException> problem) {

    public LoadedRules {
        team = List.copyOf(team);
    }

    /** The built-in rules alone. */
    public static LoadedRules builtIn() {
        return new LoadedRules(FailureRules.defaults(), List.of(), Optional.empty());
    }

    /** The team's rules from a rules file's text, or the built-in ones with the problem. */
    public static LoadedRules of(String text, String fileName) {
        try {
            List<FailureRule> team = FailureRulesFile.parse(text, fileName);
            Set<String> replaced = team.stream().map(FailureRule::name).collect(Collectors.toSet());
            List<FailureRule> builtIn = BuiltInRules.ALL.stream().filter(r -> !replaced.contains(r.name())).toList();
            return new LoadedRules(new FailureRules(builtIn).withFirst(team), team, Optional.empty());
        } catch (RulesFileException e) {
            return failed(e);
        }
    }

    /** The team's rules from a rules file relative to a base folder (the workspace), or the built-in ones. */
    public static LoadedRules read(Path base, String relative) {
        if (relative == null || relative.isBlank()) {
            return builtIn();
        }
        try {
            return of(readText(base, relative), relative.strip());
        } catch (RulesFileException e) {
            return failed(e);
        }
    }

    /** The built-in rules, with a problem that kept the team's rules from being read. */
    public static LoadedRules unreadable(String fileName, String why) {
        return failed(new RulesFileException(fileName, 0, why));
    }

    /** The built-in rules, with the problem that kept the team's rules from being used. */
    public static LoadedRules failed(RulesFileException problem) {
        return new LoadedRules(FailureRules.defaults(), List.of(), Optional.of(problem));
    }

    /**
     * The text of a rules file given relative to a base folder (the workspace); the path may not leave it, also not
     * through a link.
     *
     * @throws RulesFileException when the path is absolute, leaves the folder, or the file cannot be read
     */
    public static String readText(Path base, String relative) {
        String name = relative.strip();
        Path given = Path.of(name);
        if (name.isEmpty() || given.isAbsolute() || name.startsWith("/") || name.startsWith("\\")
                || name.matches("^[A-Za-z]:.*")) {
            throw new RulesFileException(name, 0, "must be a path relative to the workspace");
        }
        Path root = base.toAbsolutePath().normalize();
        Path file = root.resolve(given).normalize();
        if (!file.startsWith(root)) {
            throw new RulesFileException(name, 0, "leaves the workspace");
        }
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new RulesFileException(name, 0, "does not exist in the workspace " + root);
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                throw new RulesFileException(name, 0, "leaves the workspace through a link");
            }
            if (Files.size(file) > FailureRulesFile.MAX_BYTES) {
                throw new RulesFileException(name, 0, "is larger than " + FailureRulesFile.MAX_BYTES / 1024 + " KB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesFileException(name, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The results with the rules file's problem, if any, among their problems (so it is shown and recorded). */
    public ParsedResults withProblem(ParsedResults results) {
        if (problem.isEmpty()) {
            return results;
        }
        RulesFileException e = problem.get();
        List<ParseProblem> problems = new ArrayList<>(results.problems());
        problems.add(new ParseProblem(e.file(), e.line(), 0, "failure rules: " + e.reason()
                + "; the built-in rules were used"));
        return new ParsedResults(results.files(), results.tests(), problems);
    }

    /** The problem for a person, saying what was done about it; empty when there is none. */
    public String message() {
        return problem.map(e -> "failure rules " + e.getMessage() + "; the built-in rules were used")
                .orElse("");
    }
}
