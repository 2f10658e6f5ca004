package io.jenkins.plugins.systemtest.engine.preflight;

/** The kinds of service a suite can require, each checked by its own {@link ServiceProbe}. */
public enum ServiceProtocol {
    /** Any TCP service: up when it accepts a connection. */
    TCP("TCP", "the service"),
    /** HTTP or HTTPS: up when it answers a GET with a status below 500. */
    HTTP("HTTP", "the service"),
    /** PostgreSQL: up when it answers the SSLRequest with 'S' or 'N'. */
    POSTGRES("PostgreSQL", "the database"),
    /** Redis: up when it answers PING, with PONG or an authentication error. */
    REDIS("Redis", "Redis"),
    /** MySQL or MariaDB: up when it sends a protocol 10 greeting. */
    MYSQL("MySQL", "the database"),
    /** Kafka: up when it accepts a connection. */
    KAFKA("Kafka", "the broker");

    private final String displayName;
    private final String serviceNoun;

    ServiceProtocol(String displayName, String serviceNoun) {
        this.displayName = displayName;
        this.serviceNoun = serviceNoun;
    }

    /** The protocol's name for people ("PostgreSQL"). */
    public String displayName() {
        return displayName;
    }

    /** What a person starts to bring it up ("the database"), for hints. */
    public String serviceNoun() {
        return serviceNoun;
    }
}
