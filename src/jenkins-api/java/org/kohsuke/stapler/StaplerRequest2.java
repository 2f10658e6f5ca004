package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** Declaration of Stapler's request; the glue only uses what the servlet request provides. */
public interface StaplerRequest2 extends HttpServletRequest {
}
