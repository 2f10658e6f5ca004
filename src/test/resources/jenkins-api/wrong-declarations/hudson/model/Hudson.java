package hudson.model;

/** Wrong: exists in Jenkins but has no signatures and is not allow-listed. */
public class Hudson {
}
