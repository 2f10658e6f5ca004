package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The probes against a real PostgreSQL server (initdb into a temporary folder, then postgres on a free loopback port).
 * Skipped when the server binaries are not installed under /usr/lib/postgresql/VERSION/bin. As root, the server runs
 * as the {@code postgres} user, which PostgreSQL requires.
 */
class RealPostgresTest {

    private static final Path INSTALLS = Path.of("/usr/lib/postgresql");
    private static final List<Path> RUNUSER = List.of(Path.of("/usr/sbin/runuser"), Path.of("/sbin/runuser"),
            Path.of("/usr/bin/runuser"));

    private static Path bin;
    private static List<String> asPostgres;

    @TempDir
    static Path temp;

    private static Path data;
    private static Path sockets;
    private final PreflightChecker checker = new PreflightChecker(RunLog.NONE);

    @BeforeAll
    static void findPostgresAndInitDatabase() throws Exception {
        findPostgres();
        initDatabase();
    }

    private static void findPostgres() throws IOException {
        Optional<Path> found = Optional.empty();
        if (Files.isDirectory(INSTALLS)) {
            try (Stream<Path> versions = Files.list(INSTALLS)) {
                found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
            }
        }
        assumeTrue(found.isPresent(), "the PostgreSQL server is not installed (no " + INSTALLS
                + "/VERSION/bin/postgres and initdb): install the Debian package postgresql to run the real-PostgreSQL"
                + " preflight tests");
        bin = found.get();
        asPostgres = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            Optional<Path> runuser = RUNUSER.stream().filter(Files::isExecutable).findFirst();
            assumeTrue(runuser.isPresent(), "running as root, and no runuser to start PostgreSQL as the postgres user");
            assumeTrue(userExists("postgres"), "running as root, and there is no postgres user to run PostgreSQL as");
            asPostgres = List.of(runuser.get().toString(), "-u", "postgres", "--");
        }
    }

    private static int version(String name) {
        return name.matches("[0-9]{1,4}") ? Integer.parseInt(name) : -1;
    }

    private static boolean userExists(String name) {
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One database folder for all tests; each test starts (and stops) its own server on it. */
    private static void initDatabase() throws Exception {
        Path home = temp.resolve("pg");
        data = home.resolve("data");
        sockets = home.resolve("sockets");
        Files.createDirectories(sockets);
        if (!asPostgres.isEmpty()) {
            // The postgres user must reach its folders through the test's temporary folder.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            UserPrincipal postgres = temp.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(home, postgres);
            Files.setOwner(sockets, postgres);
        }
        ServerProcess.run(command(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust",
                "-U", "postgres", "--no-sync"), temp.resolve("initdb.log"), Duration.ofSeconds(60));
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(asPostgres);
        command.addAll(List.of(args));
        return command;
    }

    private ServerProcess startPostgres(int port) throws IOException {
        return ServerProcess.start(command(bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", String.valueOf(port), "-k", sockets.toString(), "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=off"), temp.resolve("postgres-" + port + ".log"));
    }

    @Test
    void shouldFindARealPostgresUpAndRefusingOnceStopped() throws Exception {
        int port = LoopbackServer.closedPort();
        ServiceTarget target = ServiceTarget.parse("postgresql://app:s3cr3t@127.0.0.1:" + port + "/app");
        try (ServerProcess postgres = startPostgres(port)) {
            ProbeResult result = checker.check(target, Duration.ofSeconds(30));

            assertThat(result.up()).as("%s\n%s", result, postgres.log()).isTrue();
            assertThat(result.message()).isEqualTo("answered the SSLRequest with 'N' (no TLS)");
            assertThat(result.target()).isEqualTo("postgresql://127.0.0.1:" + port + "/app");
        }

        ProbeResult stopped = checker.check(target, Duration.ZERO);

        assertThat(stopped.cause()).isEqualTo(ProbeCause.REFUSED);
        assertThat(stopped.hint()).isEqualTo("nothing listens on 127.0.0.1:" + port
                + ": is the database started, is the port right?");
    }

    @Test
    void shouldNotTakeARealPostgresForRedisOrHttp() throws Exception {
        int port = LoopbackServer.closedPort();
        try (ServerProcess postgres = startPostgres(port)) {
            assertThat(checker.check(ServiceTarget.parse("postgres://127.0.0.1:" + port), Duration.ofSeconds(30)).up())
                    .as(postgres.log()).isTrue();
            PreflightChecker quick = checker.withAttemptTimeout(Duration.ofMillis(500));

            PreflightReport wrong = quick.check(ServiceTarget.parseAll(List.of(
                    "redis://127.0.0.1:" + port, "http://127.0.0.1:" + port + "/health")), Duration.ZERO);

            assertThat(wrong.down()).as("%s", wrong).hasSize(2);
        }
    }
}
