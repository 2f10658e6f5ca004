package hudson.model;

/** Wrong: not final, a public constructor, a non-final constant, a wrong parameter type and a wrong return type. */
public class Result {
    public static Result SUCCESS = new Result();

    public Result() {
    }

    public boolean isWorseThan(Object that) {
        return false;
    }

    public int isBetterOrEqualTo(Result that) {
        return 0;
    }
}
