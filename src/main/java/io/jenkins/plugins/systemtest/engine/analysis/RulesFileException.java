package io.jenkins.plugins.systemtest.engine.analysis;

/** A failure rules file that cannot be used; the message names the file and the line. */
public final class RulesFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    /**
     * A problem.
     *
     * @param file    the file as the user named it
     * @param line    the line (1-based), or 0 for the file as a whole
     * @param message what is wrong, as a clause ("unknown key 'patern'")
     */
    public RulesFileException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
        this.reason = message;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The line (1-based), or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
