package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/** Declaration of Stapler's response; the glue only uses what the servlet response provides. */
public interface StaplerResponse2 extends HttpServletResponse {
}
