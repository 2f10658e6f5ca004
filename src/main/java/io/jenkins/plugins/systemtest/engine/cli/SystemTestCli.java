package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.gate.GateDecision;
import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The command line: runs a suite for a tenant on this machine with the same engine as the Jenkins step, or runs
 * the bundled demo. Exit codes: 0 the gate holds, 1 the gate fails (the build would be UNSTABLE), 2 a required
 * service is down, no test result was found or the run failed otherwise, 64 bad usage, 130 aborted.
 */
public final class SystemTestCli {

    /** Exit code for bad usage. */
    public static final int USAGE = 64;

    static final String HELP = """
            System Test Runner - run a system test suite for a tenant, judge it, keep its history.

            Usage:
              java -jar system-test-runner-cli.jar run --tenant KEY [options] --results GLOB -- COMMAND [ARGS...]
              java -jar system-test-runner-cli.jar demo [--history DIR]
              java -jar system-test-runner-cli.jar help

            Options of run:
              --tenant KEY            tenant key, [A-Za-z0-9][A-Za-z0-9._-]{0,63} (required)
              --tenant-name NAME      display name of the tenant
              --attr KEY=VALUE        a tenant attribute, repeatable (SYSTEM_TEST_ATTR_<KEY> for the tests)
              --suite NAME            the suite's name (default: default)
              --require URI           a service the suite needs, repeatable: tcp://, http(s)://, postgres://,
                                      redis://, mysql://, kafka:// host:port
              --wait SECONDS          how long to wait for the services (default 30)
              --results GLOB          the JUnit XML files, Ant-style, relative to here (required)
              --report NAME=DIR[:INDEX]  an HTML report directory to archive, repeatable
              --min-pass-rate N       lowest acceptable pass rate in percent
              --max-failures N        most failed plus errored tests acceptable
                                      (neither given: no failure is acceptable)
              --fail-on-flaky         a flaky test fails the gate
              --on-infra-error fail|unstable   exit 2 (fail) or 1 (unstable) when services are down
              --mask-env NAME         hide the value of this environment variable everywhere, repeatable
              --timeout SECONDS       stop the command and its children after this long (default: none)
              --history DIR           output directory (default: .system-tests)
              --rerun-failed N        while tests fail or error, run the command again, up to N more
                                      times (0-10, default 0); never after a timeout or abort

            The command gets SYSTEM_TEST_TENANT, SYSTEM_TEST_TENANT_NAME, SYSTEM_TEST_SUITE,
            SYSTEM_TEST_ATTR_<KEY> and SYSTEM_TEST_CONTEXT (a JSON file with all of it); with
            --rerun-failed also SYSTEM_TEST_ATTEMPT (1, 2, ...) and, from attempt 2 on,
            SYSTEM_TEST_RERUN_FILE (the failed tests, one className.name per line) and
            SYSTEM_TEST_RERUN_JSON (the same as a JSON list of class, name, file).
            Exit codes: 0 gate holds, 1 gate fails, 2 services down / no tests / failure, 64 usage, 130 aborted.
            """;

    private SystemTestCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), Path.of("").toAbsolutePath(), System.getenv(), System.out, System.err));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(List<String> args, Path workDir, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(HELP);
            return USAGE;
        }
        RunLog log = RunLog.of(message -> err.println("[system-test] " + message),
                message -> err.println("[system-test] WARNING: " + message));
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "help", "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "run" -> {
                    RunOptions options = RunOptions.parse(rest);
                    LocalRun run = new LocalRun(workDir, env, log, out::println, Clock.systemUTC());
                    Thread hook = new Thread(run::abort, "system-test-abort");
                    Runtime.getRuntime().addShutdownHook(hook);
                    AssembledRun result = run.run(options);
                    removeHook(hook);
                    print(result, workDir.resolve(options.history()), out);
                    return result.decision().outcome().exitCode();
                }
                case "demo" -> {
                    return new DemoCommand(workDir, log, out).run(rest);
                }
                default -> {
                    err.println("error: unknown command '" + args.get(0) + "'; try 'help'");
                    return USAGE;
                }
            }
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 130;
        } catch (Exception e) {
            err.println("error: " + e);
            return 2;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
    }

    /** Prints the verdict block a person reads at the end of a run. */
    static void print(AssembledRun result, Path historyDir, PrintStream out) {
        RunRecord r = result.record();
        GateDecision d = result.decision();
        out.println();
        out.println("System tests " + r.tenantName() + " (" + r.tenant() + ") / " + r.suite() + ": " + r.verdict());
        out.println("  " + r.counts().passed() + " passed, " + r.counts().failed() + " failed, " + r.counts().errors()
                + " errors, " + r.counts().skipped() + " skipped, " + r.counts().flaky() + " flaky; pass rate "
                + (r.counts().executed() == 0 ? "n/a" : GateDecision.percent(r.passRate())) + " of "
                + r.counts().executed() + " executed");
        d.reasons().forEach(reason -> out.println("  - " + reason));
        if (!r.newFailures().isEmpty()) {
            out.println("  New failures: " + String.join(", ", r.newFailures()));
        }
        if (!r.fixedTests().isEmpty()) {
            out.println("  Fixed: " + String.join(", ", r.fixedTests()));
        }
        out.println("  Summary: " + historyDir.resolve(LocalRun.RUNS).resolve(r.id()).resolve(LocalRun.SUMMARY));
        out.println("  History: " + historyDir.resolve("index.html"));
    }

}
