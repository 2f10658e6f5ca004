package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

/**
 * Declaration of Stapler's object that renders itself as an HTTP response. Like the real one it has no abstract
 * method (the real one has a second default overload taking the javax request types, left out here).
 */
public interface HttpResponse {
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("declaration only");
    }
}
