package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.log.RunLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The probes against a real Redis server, started on a free loopback port. Skipped when Redis is not installed. */
class RealRedisTest {

    private static Path redisServer;

    @TempDir
    Path temp;

    private final PreflightChecker checker = new PreflightChecker(RunLog.NONE);

    @BeforeAll
    static void findRedis() {
        Optional<Path> found = Stream.concat(
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)),
                        Stream.of("/usr/bin", "/usr/local/bin", "/usr/sbin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(found.isPresent(), "redis-server is not installed (looked on the PATH, /usr/bin, /usr/local/bin):"
                + " install the Debian package redis-server to run the real-Redis preflight tests");
        redisServer = found.get();
    }

    private ServerProcess startRedis(int port, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(redisServer.toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", temp.toString()));
        command.addAll(List.of(extra));
        return ServerProcess.start(command, temp.resolve("redis-" + port + ".log"));
    }

    @Test
    void shouldFindARealRedisUp() throws Exception {
        int port = LoopbackServer.closedPort();
        try (ServerProcess redis = startRedis(port)) {
            ProbeResult result = checker.check(ServiceTarget.parse("redis://127.0.0.1:" + port), Duration.ofSeconds(20));

            assertThat(result.up()).as("%s\n%s", result, redis.log()).isTrue();
            assertThat(result.message()).isEqualTo("+PONG");
        }
    }

    @Test
    void shouldFindARealRedisThatWantsAPasswordUp() throws Exception {
        int port = LoopbackServer.closedPort();
        try (ServerProcess redis = startRedis(port, "--requirepass", "s3cr3t")) {
            ProbeResult result = checker.check(ServiceTarget.parse("redis://:wrong@127.0.0.1:" + port),
                    Duration.ofSeconds(20));

            assertThat(result.up()).as("%s\n%s", result, redis.log()).isTrue();
            assertThat(result.message()).startsWith("-NOAUTH");
            assertThat(result.target()).doesNotContain("wrong");
        }
    }

    @Test
    void shouldFindARealRedisRefusingOnceStopped() throws Exception {
        int port = LoopbackServer.closedPort();
        ServiceTarget target = ServiceTarget.parse("redis://127.0.0.1:" + port);
        try (ServerProcess redis = startRedis(port)) {
            assertThat(checker.check(target, Duration.ofSeconds(20)).up()).as(redis.log()).isTrue();
        }

        ProbeResult stopped = checker.check(target, Duration.ZERO);

        assertThat(stopped.cause()).isEqualTo(ProbeCause.REFUSED);
        assertThat(stopped.hint()).isEqualTo("nothing listens on 127.0.0.1:" + port + ": is Redis started, is the "
                + "port right?");
    }

    @Test
    void shouldNotTakeARealRedisForPostgres() throws Exception {
        int port = LoopbackServer.closedPort();
        try (ServerProcess redis = startRedis(port)) {
            assertThat(checker.check(ServiceTarget.parse("redis://127.0.0.1:" + port), Duration.ofSeconds(20)).up())
                    .as(redis.log()).isTrue();

            ProbeResult asPostgres = checker.withAttemptTimeout(Duration.ofMillis(500))
                    .check(ServiceTarget.parse("postgres://127.0.0.1:" + port), Duration.ZERO);

            assertThat(asPostgres.up()).as("%s", asPostgres).isFalse();
        }
    }
}
