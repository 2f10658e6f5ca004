package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.gate.InfraErrorPolicy;
import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.junit.ResultFileFinder;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.rerun.RerunPolicy;
import io.jenkins.plugins.systemtest.engine.tenant.AttributeParser;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code run}, read from the command line.
 *
 * @param tenant   the tenant context
 * @param requires the service targets to check first
 * @param waitForServices how long to wait for them
 * @param results  the glob of the JUnit XML files, relative to the working directory
 * @param reports  the report directories to archive
 * @param gate     the quality gate
 * @param history  the output directory (records, summaries, reports, history page)
 * @param maskEnv  names of environment variables whose values are secrets
 * @param timeout  how long the command may run; zero for no limit
 * @param command  the command and its arguments
 * @param rerunFailed how many times the command may run again while tests fail (0 to 10)
 */
public record RunOptions(TenantContext tenant, List<String> requires, Duration waitForServices, String results,
        List<ReportSpec> reports, QualityGate gate, Path history, List<String> maskEnv, Duration timeout,
        List<String> command, int rerunFailed) {

    public RunOptions {
        RerunPolicy.check("--rerun-failed", rerunFailed);
    }

    /** Options of a command that runs once. */
    public RunOptions(TenantContext tenant, List<String> requires, Duration waitForServices, String results,
            List<ReportSpec> reports, QualityGate gate, Path history, List<String> maskEnv, Duration timeout,
            List<String> command) {
        this(tenant, requires, waitForServices, results, reports, gate, history, maskEnv, timeout, command, 0);
    }

    /** The output directory when none is given. */
    public static final String DEFAULT_HISTORY = ".system-tests";

    /** Reads the arguments that follow {@code run}. */
    public static RunOptions parse(List<String> args) {
        String tenant = null;
        String tenantName = null;
        String suite = null;
        List<String> attributes = new ArrayList<>();
        List<String> requires = new ArrayList<>();
        Duration wait = Duration.ofSeconds(30);
        String results = null;
        List<ReportSpec> reports = new ArrayList<>();
        Double minPassRate = null;
        Integer maxFailures = null;
        boolean failOnFlaky = false;
        InfraErrorPolicy onInfra = InfraErrorPolicy.FAIL;
        String history = DEFAULT_HISTORY;
        List<String> maskEnv = new ArrayList<>();
        Duration timeout = Duration.ZERO;
        int rerunFailed = 0;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                command.addAll(args.subList(i + 1, args.size()));
                break;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("--fail-on-flaky")) {
                failOnFlaky = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new InvalidInputException(name, "needs a value");
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--tenant" -> tenant = value;
                case "--tenant-name" -> tenantName = value;
                case "--suite" -> suite = value;
                case "--attr" -> attributes.add(value);
                case "--require" -> requires.add(value);
                case "--wait" -> wait = Duration.ofSeconds(nonNegativeInt(name, value));
                case "--results" -> results = value;
                case "--report" -> reports.add(ReportSpec.parse(value));
                case "--min-pass-rate" -> minPassRate = number(name, value);
                case "--max-failures" -> maxFailures = nonNegativeInt(name, value);
                case "--on-infra-error" -> onInfra = InfraErrorPolicy.parse(value);
                case "--history" -> history = value;
                case "--mask-env" -> maskEnv.add(value);
                case "--timeout" -> timeout = Duration.ofSeconds(nonNegativeInt(name, value));
                case "--rerun-failed" -> rerunFailed = nonNegativeInt(name, value);
                default -> throw new InvalidInputException(name, "is not an option of 'run' (see 'help')");
            }
        }
        if (tenant == null) {
            throw new InvalidInputException("--tenant", "is required");
        }
        if (results == null) {
            throw new InvalidInputException("--results", "is required: the glob of the JUnit XML files");
        }
        ResultFileFinder.check(results);
        if (command.isEmpty()) {
            throw new InvalidInputException("COMMAND", "is missing: put the command after '--'");
        }
        TenantContext context = new TenantContext(tenant, tenantName, suite, AttributeParser.parse(attributes));
        return new RunOptions(context, List.copyOf(requires), wait, results, List.copyOf(reports),
                new QualityGate(minPassRate, maxFailures, failOnFlaky, onInfra), Path.of(history), List.copyOf(maskEnv),
                timeout, List.copyOf(command), rerunFailed);
    }

    private static int nonNegativeInt(String name, String value) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v < 0) {
                throw new InvalidInputException(name, "must be 0 or more, not " + value);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a whole number");
        }
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a number");
        }
    }
}
