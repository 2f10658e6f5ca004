package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ServiceTargetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tcp://127.0.0.1:9000              | TCP      | 127.0.0.1   | 9000  | false | tcp://127.0.0.1:9000
            TCP://localhost:1                 | TCP      | localhost   | 1     | false | tcp://localhost:1
            http://localhost/health           | HTTP     | localhost   | 80    | false | http://localhost/health
            http://localhost:8080             | HTTP     | localhost   | 8080  | false | http://localhost:8080
            https://api.internal:8443/ready   | HTTP     | api.internal| 8443  | true  | https://api.internal:8443/ready
            https://api.internal              | HTTP     | api.internal| 443   | true  | https://api.internal
            postgres://db                     | POSTGRES | db          | 5432  | false | postgres://db
            postgresql://db:55432/app         | POSTGRES | db          | 55432 | false | postgresql://db:55432/app
            redis://cache                     | REDIS    | cache       | 6379  | false | redis://cache
            rediss://cache:6380               | REDIS    | cache       | 6380  | true  | rediss://cache:6380
            mysql://mysql_1                   | MYSQL    | mysql_1     | 3306  | false | mysql://mysql_1
            kafka://broker-1.kafka:19092      | KAFKA    | broker-1.kafka | 19092 | false | kafka://broker-1.kafka:19092
            postgres://[::1]:5432             | POSTGRES | ::1         | 5432  | false | postgres://[::1]:5432
            redis://[::1]                     | REDIS    | ::1         | 6379  | false | redis://[::1]
            tcp://[2001:db8::7]:65535         | TCP      | 2001:db8::7 | 65535 | false | tcp://[2001:db8::7]:65535
            http://localhost:8080/x?token=abc | HTTP     | localhost   | 8080  | false | http://localhost:8080/x?...
            """)
    void shouldParseValidTargets(String entry, ServiceProtocol protocol, String host, int port, boolean tls,
            String display) {
        ServiceTarget target = ServiceTarget.parse(entry);

        assertThat(target.protocol()).isEqualTo(protocol);
        assertThat(target.host()).isEqualTo(host);
        assertThat(target.port()).isEqualTo(port);
        assertThat(target.tls()).isEqualTo(tls);
        assertThat(target.display()).isEqualTo(display);
        assertThat(target).hasToString(display);
    }

    @Test
    void shouldPutIpv6AddressesInBracketsInTheAddress() {
        assertThat(ServiceTarget.parse("postgres://[::1]").address()).isEqualTo("[::1]:5432");
        assertThat(ServiceTarget.parse("redis://127.0.0.1").address()).isEqualTo("127.0.0.1:6379");
    }

    @Test
    void shouldRequestTheHttpPathAndQueryButShowTheQueryHidden() {
        ServiceTarget target = ServiceTarget.parse("http://u:p@localhost:8080/health?key=abc#top");

        assertThat(target.requestUri()).hasToString("http://localhost:8080/health?key=abc");
        assertThat(target.display()).isEqualTo("http://localhost:8080/health?...");
        assertThat(ServiceTarget.parse("https://localhost").requestUri()).hasToString("https://localhost:443/");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tcp://127.0.0.1                   | has no port; tcp:// needs one
            tcp://127.0.0.1:                  | '' is not a port
            postgres://db:0                   | '0' is not a port
            postgres://db:65536               | '65536' is not a port
            postgres://db:54x2                | '54x2' is not a port
            ftp://files:21                    | the scheme 'ftp' is not supported
            db:5432                           | is not a URI of the form scheme://host:port
            localhost                         | is not a URI of the form scheme://host:port
            postgres://                       | has no host
            postgres://:5432                  | has no host
            http://-bad-.host                 | '-bad-.host' is not a valid host name
            redis://ca che:6379               | contains spaces or control characters
            postgres://::1:5432               | IPv6 addresses go in brackets
            postgres://[::1:5432              | without its closing ']'
            postgres://[::g]:5432             | '::g' is not an IPv6 address
            postgres://[1.2.3.4]:5432         | '1.2.3.4' is not an IPv6 address
            postgres://[::1]5432              | after the IPv6 address
            """)
    void shouldRejectBadTargetsNamingTheFieldAndTheEntry(String entry, String problem) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ServiceTarget.parse(entry));

        assertThat(e).as("parsing %s", entry).isNotNull();
        assertThat(e.getField()).isEqualTo("requires");
        assertThat(e.getMessage()).contains(problem).contains("'" + entry + "'").contains("allowed: tcp://host:port");
    }

    @Test
    void shouldRejectAnAtSignAfterTheHostShowingTheEntryCutAtIt() {
        // Anything up to the last '@' may be a password with a '/' in it, so it is never shown.
        assertThatThrownBy(() -> ServiceTarget.parse("http://user:pa/ss@host"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'http://host' has an '@' after the host")
                .message().doesNotContain("pa/ss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldRejectEmptyTargets(String entry) {
        assertThatThrownBy(() -> ServiceTarget.parse(entry))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("requires")
                .hasMessageContaining("is empty");
    }

    @Test
    void shouldNameTheEntryByPositionWhenParsingAList() {
        assertThatThrownBy(() -> ServiceTarget.parseAll(List.of("tcp://localhost:1", "tcp://localhost")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entry 2, 'tcp://localhost' has no port");
        assertThat(ServiceTarget.parseAll(List.of("redis://a", "kafka://b")))
                .extracting(ServiceTarget::port).containsExactly(6379, 9092);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "postgres://admin:s3cr3t@db:5432/app",
        "postgresql://admin:s3cr3t@[::1]/app",
        "redis://:s3cr3t@cache",
        "https://admin:s3cr3t@api.internal/health",
        "mysql://admin:s3cr3t@db",
        "rediss://admin:s3cr3t@cache:6380"})
    void shouldNeverPrintCredentials(String entry) {
        ServiceTarget target = ServiceTarget.parse(entry);

        assertThat(List.of(target.toString(), target.display(), target.address(), target.requestUri().toString(),
                target.path(), target.host())).noneMatch(s -> s.contains("s3cr3t") || s.contains("admin"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "tcp://admin:s3cr3t@db",
        "postgres://admin:s3/cr3t@db:5432",
        "postgres://admin:s3cr3t@db:99999",
        "ftp://admin:s3cr3t@files",
        "postgres://admin:s3cr3t@db:5432 extra"})
    void shouldKeepCredentialsOutOfErrors(String entry) {
        assertThatThrownBy(() -> ServiceTarget.parse(entry))
                .isInstanceOf(InvalidInputException.class)
                .message().doesNotContain("s3cr3t").doesNotContain("s3/cr3t").doesNotContain("admin");
    }
}
