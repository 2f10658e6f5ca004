package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServlet;

/** Declaration of Stapler's servlet, for access to the current request. */
public class Stapler extends HttpServlet {
    public Stapler() {
    }

    public static StaplerRequest2 getCurrentRequest2() {
        throw new UnsupportedOperationException("declaration only");
    }
}
