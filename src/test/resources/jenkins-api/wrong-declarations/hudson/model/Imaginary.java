package hudson.model;

/** Wrong: no such class in Jenkins. */
public class Imaginary {
}
