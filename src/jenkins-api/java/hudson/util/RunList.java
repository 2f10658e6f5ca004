package hudson.util;

import hudson.model.Run;
import java.util.AbstractList;

/** Declaration of Jenkins' lazily loaded list of builds. */
public class RunList<R extends Run> extends AbstractList<R> {
    public RunList() {
    }

    @Override
    public R get(int index) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("declaration only");
    }
}
