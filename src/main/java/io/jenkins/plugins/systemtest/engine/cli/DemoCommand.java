package io.jenkins.plugins.systemtest.engine.cli;

import io.jenkins.plugins.systemtest.engine.demo.DemoSuite;
import io.jenkins.plugins.systemtest.engine.log.RunLog;
import io.jenkins.plugins.systemtest.engine.run.AssembledRun;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code demo}: runs the bundled demo suite (real tests of a small booking API) through the same {@code run} path
 * for two tenants: Initech, whose database is down (an infrastructure verdict, the tests are not run), and Globex,
 * whose run has a flaky test and a cascade of failures after one root failure. Then prints where the history page
 * is.
 */
final class DemoCommand {

    private final Path workDir;
    private final RunLog log;
    private final PrintStream out;

    DemoCommand(Path workDir, RunLog log, PrintStream out) {
        this.workDir = workDir;
        this.log = log;
        this.out = out;
    }

    int run(List<String> args) throws IOException, InterruptedException {
        String history = RunOptions.DEFAULT_HISTORY;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--history") && i + 1 < args.size()) {
                history = args.get(++i);
            } else {
                throw new io.jenkins.plugins.systemtest.engine.model.InvalidInputException(args.get(i),
                        "is not an option of 'demo' (only --history DIR)");
            }
        }
        Path historyDir = workDir.resolve(history).normalize();
        Path workspace = Files.createDirectories(historyDir.resolve("demo-workspace"));
        LocalRun runner = new LocalRun(workspace, System.getenv(), log, line -> out.println("  | " + line),
                Clock.systemUTC());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = absolute(System.getProperty("java.class.path"));

        int downPort = freePort();
        out.println("Demo 1/2: tenant Initech needs a PostgreSQL on 127.0.0.1:" + downPort + ", which is not running.");
        AssembledRun initech = runner.run(RunOptions.parse(args(historyDir,
                "--tenant", "initech", "--tenant-name", "Initech", "--suite", "booking-api",
                "--attr", "teamId=1201", "--require", "postgres://127.0.0.1:" + downPort, "--wait", "2",
                "--results", "initech/build/test-results/*.xml", "--",
                java, "-cp", classpath, DemoSuite.class.getName(), "initech/build/test-results",
                "initech/demo-report")));
        SystemTestCli.print(initech, historyDir, out);

        out.println();
        out.println("Demo 2/2: tenant Globex, whose 09:00 slot another user booked first.");
        AssembledRun globex = runner.run(RunOptions.parse(args(historyDir,
                "--tenant", "globex", "--tenant-name", "Globex Corporation", "--suite", "booking-api",
                "--attr", "teamId=39203", "--attr", "preBooked=09:00",
                "--results", "globex/build/test-results/*.xml", "--report", "Demo report=globex/demo-report",
                "--", java, "-cp", classpath, DemoSuite.class.getName(), "globex/build/test-results",
                "globex/demo-report")));
        SystemTestCli.print(globex, historyDir, out);

        out.println();
        out.println("Open the history page: " + historyDir.resolve("index.html").toUri());
        return 0;
    }

    private static List<String> args(Path historyDir, String... words) {
        List<String> all = new ArrayList<>(List.of("--history", historyDir.toString()));
        all.addAll(List.of(words));
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * The class path with every entry made absolute: the demo's suite runs in the demo workspace, where a class path
     * given relative to where the command line was started ({@code java -jar target/...}) would find nothing.
     */
    static String absolute(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
