package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Follows;
import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind;

import java.util.List;
import java.util.regex.Pattern;

import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Follows.DATABASE;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Follows.NEAREST;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Follows.OWN_STATE;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind.ASSERTION;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind.FALLBACK;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind.FOLLOW_ON;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind.INFRASTRUCTURE;
import static io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind.PRODUCT;

/**
 * The built-in rules: one table, one row per rule (name, kind, pattern, example, description), tried top to
 * bottom. docs/failure-analysis.md lists them; {@code BuiltInRulesTest} checks that each rule's example is
 * classified by that very rule and that every rule is in the docs. Team rules (see {@link FailureRulesFile}) are
 * tried before these.
 */
public final class BuiltInRules {

    /** The rules, in the order they are tried within one statement. */
    public static final List<FailureRule> ALL = List.of(
            // --- infrastructure: the environment failed the test ------------------------------------------------
            row("docker-unavailable", INFRASTRUCTURE, "No container runtime to start test containers in",
                    "java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs"
                            + " and check configuration",
                    "Could not find a valid Docker environment|Cannot connect to the Docker daemon"
                            + "|Could not find a working container runtime strategy|DockerUnavailableException"
                            + "|Docker is either not running or misconfigured|Error while fetching server API version"
                            + "|SocketNotFoundError\\(\"/var/run/docker\\.sock|Is the docker daemon running"),
            row("container-startup", INFRASTRUCTURE, "A test container did not start, or its image could not be had",
                    "org.testcontainers.containers.ContainerLaunchException: Timed out waiting for log output"
                            + " matching '.*ready to accept connections.*'",
                    "Container startup failed|Could not create/start container|Timed out waiting for (?:log output"
                            + "|container port to open|URL to be accessible)|Wait strategy failed"
                            + "|port is already allocated|ContainerFetchException|Can't get Docker image"
                            + "|manifest unknown|pull access denied|You have reached your pull rate limit"),
            row("kafka-unavailable", INFRASTRUCTURE, "No Kafka broker answered, or a topic never showed up",
                    "org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after"
                            + " 60000 ms.",
                    "NoBrokersAvailable|run out of available brokers|Broker transport failure|BrokerTransportFailure"
                            + "|Topic \\S+ not present in metadata after \\d+ ?ms|KafkaJSConnectionError"
                            + "|KafkaJSNumberOfRetriesExceeded|All broker connections are down"
                            + "|Connection to node -?\\d+ \\S* ?could not be established"),
            row("browser-network", INFRASTRUCTURE, "The browser could not reach the site (Chromium net::ERR_*,"
                            + " Firefox NS_ERROR_*)",
                    "Error: page.goto: net::ERR_CONNECTION_REFUSED at http://localhost:3000/",
                    "net::ERR_(?:CONNECTION_REFUSED|CONNECTION_TIMED_OUT|TIMED_OUT|NAME_NOT_RESOLVED"
                            + "|ADDRESS_UNREACHABLE|INTERNET_DISCONNECTED|NETWORK_CHANGED|PROXY_CONNECTION_FAILED"
                            + "|CERT_[A-Z_]+|SSL_[A-Z_]+)|NS_ERROR_(?:CONNECTION_REFUSED|UNKNOWN_HOST|NET_TIMEOUT"
                            + "|OFFLINE|PROXY_CONNECTION_REFUSED)"),
            row("browser-missing", INFRASTRUCTURE, "The browser is not installed or cannot start on this machine",
                    "Error: browserType.launch: Executable doesn't exist at /home/ci/.cache/ms-playwright/"
                            + "chromium-1105/chrome-linux/chrome",
                    "Executable doesn't exist at|browserType\\.launch: |Failed to launch (?:the )?browser process"
                            + "|Host system is missing dependencies"),
            row("db-auth", INFRASTRUCTURE, "The database refused the credentials or the client host",
                    "psycopg2.OperationalError: connection to server at \"db\" (10.0.3.7), port 5432 failed: FATAL:"
                            + "  password authentication failed for user \"app\"",
                    "password authentication failed for user|no pg_hba\\.conf entry for host"
                            + "|Access denied for user '[^']*'@|Login failed for user '|failed SASL auth"
                            + "|NOAUTH Authentication required|WRONGPASS invalid username-password pair"),
            row("db-tls", INFRASTRUCTURE, "TLS between the client and the database failed",
                    "psycopg2.OperationalError: SSL SYSCALL error: EOF detected",
                    "SSL SYSCALL error|server does not support SSL|The server does not support SSL"
                            + "|SSL error: |rejected SSL upgrade|error occurred during the pre-login handshake"
                            + "|The remote certificate (?:is invalid|was rejected)"),
            row("grpc-unavailable", INFRASTRUCTURE, "The gRPC server could not be reached (UNAVAILABLE)",
                    "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
                    "StatusCode\\.UNAVAILABLE|code = Unavailable|StatusCode=\"Unavailable\"|\\bUNAVAILABLE: "
                            + "|code: Unavailable|failed to connect to all addresses|Error while dialing"
                            + "|failed reaching server|Error connecting to subchannel"),
            row("redis-connect", INFRASTRUCTURE, "The Redis client could not connect",
                    "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.",
                    "Error (?:111|10061|113|99|-2|-3) (?:connecting to|while)|Unable to connect to Redis"
                            + "|It was not possible to connect to the redis server|Error connecting to Redis on"
                            + "|Redis connection to \\S+ failed"),
            row("pool-exhausted", INFRASTRUCTURE, "The connection pool or the database ran out of connections",
                    "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed"
                            + " out, timeout 30.00",
                    "QueuePool limit of size \\d+ overflow \\d+ reached|Connection is not available, request timed out"
                            + "|too many clients already|remaining connection slots are reserved"
                            + "|\\bToo many connections\\b|Timeout acquiring a connection|pool (?:is )?exhausted"
                            + "|Cannot get a connection, pool error|Timed out waiting for a free available connection"
                            + "|\\bPoolTimedOut\\b"),
            row("unknown-host", INFRASTRUCTURE, "The host name does not resolve (DNS)",
                    "Error: getaddrinfo ENOTFOUND db.internal",
                    "UnknownHostException|\\bENOTFOUND\\b|\\bEAI_AGAIN\\b|Name or service not known"
                            + "|could not translate host name|Temporary failure in name resolution"
                            + "|nodename nor servname provided|No such host is known|php_network_getaddresses"
                            + "|NameResolutionError|Could not resolve host|getaddrinfo failed"),
            row("network-unreachable", INFRASTRUCTURE, "No route to the host or network",
                    "java.net.NoRouteToHostException: No route to host",
                    "(?i)network is unreachable|\\bENETUNREACH\\b|\\bEHOSTUNREACH\\b|no route to host"
                            + "|NoRouteToHostException|host is unreachable"),
            row("connect-timeout", INFRASTRUCTURE, "No connection within the time allowed",
                    "java.net.SocketTimeoutException: Connect timed out",
                    "(?i)connect(?:ion)? timed out|\\bETIMEDOUT\\b|\\bESOCKETTIMEDOUT\\b"
                            + "|(?:^|failed: |OperationalError: )timeout expired\\b"
                            + "|\\bConnectTimeout(?:Error|Exception)?\\b|HttpConnectTimeoutException"
                            + "|Timeout expired\\. The timeout period elapsed prior to obtaining a connection"
                            + "|Failed to connect to \\S+ port \\d+ after \\d+ ms: Timeout was reached"
                            + "|Socket timed out without establishing a connection"),
            row("connection-refused", INFRASTRUCTURE, "Nothing listens on the port: the connection was refused",
                    "OperationalError: connection to server at \"127.0.0.1\", port 55432 failed: Connection refused",
                    "(?i)connection refused|\\bECONNREFUSED\\b|\\bConnectionRefused(?:Error)?\\b"
                            + "|\\bConnectException\\b|actively refused|SQLSTATE\\[HY000\\] \\[2002\\]"
                            + "|\\bCR_CONN_HOST_ERROR\\b"),
            row("endpoint-unreachable", INFRASTRUCTURE, "An HTTP, object store or cloud endpoint could not be"
                            + " reached",
                    "botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL:"
                            + " \"http://localhost:4566/invoices/1.pdf\"",
                    "Could not connect to the endpoint URL|EndpointConnectionError|Couldn't connect to server"
                            + "|Can't reach database server at|Failed to connect to \\d{1,3}(?:\\.\\d{1,3}){3}:\\d+"),
            row("tls-mismatch", INFRASTRUCTURE, "TLS/SSL handshake failed or one side does not speak TLS",
                    "javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid"
                            + " certification path to requested target",
                    "SSLHandshakeException|\\bSSLException\\b|wrong version number|\\bEPROTO\\b|SSL routines"
                            + "|CERTIFICATE_VERIFY_FAILED|certificate verify failed|PKIX path building failed"
                            + "|ssl\\.SSLError|unable to verify the first certificate"
                            + "|self[- ]signed certificate in certificate chain"
                            + "|SSL connection has been closed unexpectedly"),
            // --- traps: a server was reached and answered with an error; the product is to blame --------------
            row("db-constraint", PRODUCT, "The database rejected a write: a unique, not-null, foreign key or check"
                            + " constraint",
                    "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint"
                            + " \"users_email_key\"",
                    "duplicate key value violates unique constraint|violates (?:not-null|foreign key|check|unique"
                            + "|exclusion) constraint|Integrity constraint violation|UniqueViolation|NotNullViolation"
                            + "|ForeignKeyViolation|CheckViolation|Duplicate entry '|(?:UNIQUE|NOT NULL) constraint"
                            + " failed|Column '\\w+' cannot be null|ConstraintViolationException"
                            + "|DataIntegrityViolationException|IntegrityError|RecordNotUnique|SQLSTATE 23\\d{3}"
                            + "|code: \"23\\d{3}\"|\\b23505: "),
            row("db-undefined", PRODUCT, "The database does not know a column or table the product uses",
                    "psycopg2.errors.UndefinedColumn: column users.nickname does not exist",
                    "column \\S+ (?:of relation \\S+ )?does not exist|UndefinedColumn|Unknown column '"
                            + "|Column not found|no such column|relation \"[^\"]+\" does not exist|UndefinedTable"
                            + "|Table '[^']+' doesn't exist|no such table|SQLSTATE 42703|SQLSTATE 42P01"),
            row("redis-wrongtype", PRODUCT, "Redis answered WRONGTYPE: the product used a key as the wrong type",
                    "redis.exceptions.ResponseError: WRONGTYPE Operation against a key holding the wrong kind of"
                            + " value",
                    "WRONGTYPE"),
            row("http-server-error", PRODUCT, "The application answered HTTP 500",
                    "requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url:"
                            + " http://localhost:8000/api/orders",
                    "Internal Server Error|INTERNAL_SERVER_ERROR|InternalServerError\\b|\\b500 Server Error"
                            + "|status(?: code)? 500\\b|received 500\\b|but it was 500\\b|> 500: "
                            + "|Request failed with status code 5\\d\\d|got status 500\\b"),
            row("deserialization", PRODUCT, "A response or document could not be read into the expected shape",
                    "com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type"
                            + " `java.util.ArrayList<com.acme.Order>` from Object value",
                    "Cannot deserialize value|InvalidFormatException|MismatchedInputException|JsonParseException"
                            + "|JsonMappingException|JsonException|JSON::ParserError|is not valid JSON"
                            + "|Unexpected token .{1,20} in JSON|json: cannot unmarshal|ValidationError"
                            + "|unexpected token at '|SerializationException|missing field `|invalid type: "
                            + "|could not be converted to"),
            // --- assertions: the product did not do what the test expected -------------------------------------
            row("assertion-error", ASSERTION, "An assertion library's failure (JUnit, opentest4j, AssertJ, chai)",
                    "org.opentest4j.AssertionFailedError: expected: <200> but was: <500>",
                    "\\bAssertionError\\b|\\bAssertionFailedError\\b|\\borg\\.opentest4j\\.|\\bComparisonFailure\\b"
                            + "|\\bMultipleFailuresError\\b|\\bAssertJMultipleFailuresError\\b|\\bAssertionFailure\\b"),
            row("pytest-assert", ASSERTION, "A failed plain assert statement, as pytest reports it",
                    "assert 500 == 201", "^assert\\s"),
            row("playwright-expect", ASSERTION, "A Playwright web-first assertion that did not hold",
                    "Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)",
                    "\\bexpect\\((?:locator|page|response|apiResponse)\\)\\.|waiting for expect\\("),
            row("jest-expect", ASSERTION, "A Jest/Vitest expect(...) matcher that did not hold",
                    "Error: expect(received).toBe(expected) // Object.is equality",
                    "\\bexpect\\((?:received|jest\\.fn\\(\\)|vi\\.fn\\(\\)|spy|string|value|function)\\)\\."),
            row("phpunit-expectation", ASSERTION, "A PHPUnit or Pest assertion that did not hold",
                    "PHPUnit\\Framework\\ExpectationFailedException: Failed asserting that 500 is identical to 200.",
                    "ExpectationFailedException|PHPUnit\\\\Framework\\\\AssertionFailedError|^Failed asserting that"),
            // --- fallback: an exception that is not an assertion, even when reported as <failure> (pytest) --------
            row("uncaught-exception", FALLBACK, "An exception other than an assertion, reported as a failure or an"
                    + " error", "KeyError: 'token'", "^[A-Za-z_$][\\w$.\\\\:]*(?:Error|Exception|Exit|Interrupt)\\b"),
            // --- follow-on: failures caused by state an earlier failure left behind -----------------------------
            follow("sqlalchemy-pending-rollback", DATABASE,
                    "the SQLAlchemy session was left rolled back by an earlier failed flush (PendingRollbackError)",
                    "sqlalchemy.exc.PendingRollbackError: This Session's transaction has been rolled back due to a"
                            + " previous exception during flush.",
                    "PendingRollbackError|This Session's transaction has been rolled back due to a previous exception"),
            follow("postgres-aborted-transaction", DATABASE,
                    "the database transaction was aborted by an earlier error (InFailedSqlTransaction)",
                    "psycopg2.errors.InFailedSqlTransaction: current transaction is aborted, commands ignored until"
                            + " end of transaction block",
                    "InFailedSqlTransaction|current transaction is aborted, commands ignored until end of transaction"
                            + "|In failed sql transaction"),
            follow("rollback-only", DATABASE, "the transaction was marked rollback-only by an earlier failure",
                    "org.springframework.transaction.UnexpectedRollbackException: Transaction silently rolled back"
                            + " because it has been marked as rollback-only",
                    "(?i)Transaction was marked for rollback only|UnexpectedRollbackException"
                            + "|marked as rollback-?only"),
            follow("hibernate-flush-after-exception", DATABASE,
                    "the Hibernate session was flushed after an earlier exception",
                    "org.hibernate.AssertionFailure: null id in com.acme.Customer entry (don't flush the Session"
                            + " after an exception occurs)",
                    "don't flush the Session after an exception occurs"),
            follow("spring-context-threshold", NEAREST,
                    "Spring did not try again to load the application context that failed earlier",
                    "java.lang.IllegalStateException: ApplicationContext failure threshold (1) exceeded: skipping"
                            + " repeated attempt to load context for [WebMergedContextConfiguration@5b8e1a2c]",
                    "ApplicationContext failure threshold \\(\\d+\\) exceeded"),
            follow("testcontainers-not-started", NEAREST,
                    "the test used a container that an earlier failure left unstarted",
                    "java.lang.IllegalStateException: Mapped port can only be obtained after the container is started",
                    "Mapped port can only be obtained after the container is started|Container should be started first"
                            + "|Previous attempts to find a Docker environment failed"),
            follow("python-none-state", OWN_STATE, "attribute access on None the test's state was left at by an"
                            + " earlier failure", "AttributeError: 'NoneType' object has no attribute 'id'",
                    "AttributeError: 'NoneType' object has no attribute|TypeError: 'NoneType' object is not"
                            + " subscriptable"),
            follow("js-undefined-state", OWN_STATE, "property access on undefined/null the test's state was left"
                            + " at by an earlier failure", "TypeError: Cannot read properties of undefined (reading 'id')",
                    "Cannot (?:read|set) propert(?:y|ies) (?:'[^']*' )?of (?:undefined|null)"),
            follow("java-null-state", OWN_STATE, "a field of the test left null by an earlier failure"
                            + " (NullPointerException)",
                    "java.lang.NullPointerException: Cannot invoke \"com.acme.Order.getId()\" because"
                            + " \"this.createdOrder\" is null",
                    "NullPointerException\\b.*because \"(?:this\\.[\\w$]+|[\\w$]+\\.[\\w$.]*[\\w$])\" is null"),
            follow("kotlin-lateinit-state", OWN_STATE, "a lateinit property of the test an earlier failure left"
                            + " unset", "kotlin.UninitializedPropertyAccessException: lateinit property order has not"
                            + " been initialized",
                    "lateinit property \\w+ has not been initialized"),
            follow("php-member-on-null", OWN_STATE, "a method called or property read on null the test's state was"
                            + " left at by an earlier failure", "Error: Call to a member function getId() on null",
                    "Call to a member function [\\w$]+\\(\\) on null|Attempt to read property \"\\w+\" on null"),
            follow("ruby-nil-state", OWN_STATE, "a method called on nil the test's state was left at by an earlier"
                    + " failure", "NoMethodError: undefined method `id' for nil",
                    "undefined method [`'][\\w?!]+' for nil\\b"));

    private BuiltInRules() {
    }

    private static FailureRule row(String name, Kind kind, String description, String example, String regex) {
        return new FailureRule(name, kind, Follows.NEAREST, Pattern.compile(regex), description, example);
    }

    private static FailureRule follow(String name, Follows follows, String description, String example,
            String regex) {
        return new FailureRule(name, FOLLOW_ON, follows, Pattern.compile(regex), description, example);
    }
}
