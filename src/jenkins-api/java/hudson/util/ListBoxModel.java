package hudson.util;

import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.export.ExportedBean;

/** Declaration of Jenkins' choices of a drop-down form field. */
@ExportedBean
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    public ListBoxModel() {
    }

    public void add(String displayName, String value) {
        throw new UnsupportedOperationException("declaration only");
    }

    public ListBoxModel add(String nameAndValue) {
        throw new UnsupportedOperationException("declaration only");
    }

    /**
     * Declaration of one choice (as a type only). Not in signatures.txt (listed in classes.txt). Declared final
     * with a private constructor so that the glue can neither subclass nor construct it.
     */
    public static final class Option {
        private Option() {
        }
    }
}
