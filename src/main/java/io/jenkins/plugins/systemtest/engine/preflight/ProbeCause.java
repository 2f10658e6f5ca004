package io.jenkins.plugins.systemtest.engine.preflight;

/** Why a service check came out as it did. */
public enum ProbeCause {
    /** The service answered as it should. */
    OK,
    /** Nothing listens on the port (connection refused). */
    REFUSED,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** No connection or no answer within the time allowed. */
    TIMEOUT,
    /** The connection was reset or closed before an answer. */
    RESET,
    /** The TLS handshake failed (wrong protocol, untrusted certificate, no TLS on the other side). */
    TLS,
    /** Something answered, but not the protocol expected (or an HTTP status of 500 and above). */
    PROTOCOL,
    /** The target itself is wrong (bad URI, no port). */
    INVALID,
    /** Any other I/O failure. */
    OTHER
}
