package hudson.model;

/** Wrong: the real Cause carries @ExportedBean. */
public abstract class Cause {
    public Cause() {
    }

    public abstract String getShortDescription();
}
