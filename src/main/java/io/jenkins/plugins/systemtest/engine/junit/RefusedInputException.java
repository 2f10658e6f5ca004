package io.jenkins.plugins.systemtest.engine.junit;

/** A result file the parser will not read further: wrong root, a DOCTYPE, absurd nesting. */
final class RefusedInputException extends Exception {

    private static final long serialVersionUID = 1L;

    RefusedInputException(String message) {
        super(message);
    }
}
