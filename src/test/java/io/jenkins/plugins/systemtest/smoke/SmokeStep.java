package io.jenkins.plugins.systemtest.smoke;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Test-only glue: the smallest pipeline step written the way the plugin's glue is, compiled against the
 * Jenkins API declarations to prove that they suffice (and that SezPoz indexes its descriptor).
 */
public class SmokeStep extends Step {
    private final String tenant;

    @DataBoundConstructor
    public SmokeStep(String tenant) {
        this.tenant = tenant;
    }

    public String getTenant() {
        return tenant;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context);
    }

    /** The descriptor Jenkins finds through the SezPoz index. */
    @Extension
    @Symbol("smokeStep")
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(TaskListener.class, FilePath.class);
        }

        @Override
        public String getFunctionName() {
            return "smokeStep";
        }

        @Override
        public String getDisplayName() {
            return "Smoke step";
        }
    }

    private static final class Execution extends StepExecution {
        private static final long serialVersionUID = 1L;

        Execution(StepContext context) {
            super(context);
        }

        @Override
        public boolean start() throws Exception {
            FilePath workspace = getContext().get(FilePath.class);
            long size = workspace.act(new SmokeSizeCallable());
            getContext().get(TaskListener.class).getLogger().println("smoke: " + size + " bytes");
            getContext().onSuccess(size);
            return true;
        }
    }
}
