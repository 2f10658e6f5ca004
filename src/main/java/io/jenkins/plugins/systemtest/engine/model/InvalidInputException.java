package io.jenkins.plugins.systemtest.engine.model;

/** Input a user gave that cannot be used; the message names the field and says what is allowed. */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field (step parameter or command-line option) that holds the bad value. */
    public String getField() {
        return field;
    }
}
