package jenkins.model;

import hudson.model.TopLevelItem;
import java.io.File;
import java.util.List;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of the Jenkins singleton. Simplified: the real superclass {@code hudson.model.AbstractCIBase}
 * (with {@code Node}, {@code ItemGroup}, {@code ViewGroup} behind it) and all interfaces are left out; the glue
 * only calls the static {@link #get()} and the instance methods declared here.
 */
@ExportedBean
public class Jenkins {
    private Jenkins() {
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<TopLevelItem> getItems() {
        throw new UnsupportedOperationException("declaration only");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("declaration only");
    }
}
