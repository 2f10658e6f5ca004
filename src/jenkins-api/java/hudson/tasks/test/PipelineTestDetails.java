package hudson.tasks.test;

import java.io.Serializable;
import java.util.List;

/** Declaration of the junit plugin's pipeline location (flow node and enclosing blocks) of a parse. */
public class PipelineTestDetails implements Serializable {
    public PipelineTestDetails() {
    }

    public String getNodeId() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void setNodeId(String nodeId) {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<String> getEnclosingBlocks() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void setEnclosingBlocks(List<String> enclosingBlocks) {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<String> getEnclosingBlockNames() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void setEnclosingBlockNames(List<String> enclosingBlockNames) {
        throw new UnsupportedOperationException("declaration only");
    }
}
