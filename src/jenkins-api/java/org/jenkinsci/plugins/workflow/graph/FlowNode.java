package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import hudson.model.Saveable;
import java.util.List;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of workflow-api's node of a pipeline's flow graph. The private constructor stands in for the real
 * protected ones (which need {@code FlowExecution}): the glue never creates or subclasses a node.
 */
@ExportedBean
public abstract class FlowNode extends Actionable implements Saveable {
    private FlowNode() {
    }

    public List<String> getAllEnclosingIds() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getId() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }
}
