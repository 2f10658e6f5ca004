package io.jenkins.plugins.systemtest.step;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code systemTest} block step: checks the services the suite needs, runs the block with the tenant's
 * variables, then reads the results, archives the reports, records the run and judges it by the quality gate.
 * Only {@code tenant} is required.
 */
public class SystemTestStep extends Step {

    /** The results pattern when none is given: Maven Surefire and Gradle file names anywhere in the workspace. */
    public static final String DEFAULT_RESULTS = "**/TEST-*.xml";
    /** How long to wait for required services when nothing else is said, in seconds. */
    public static final int DEFAULT_WAIT_SECONDS = 30;

    private final String tenant;
    private String tenantName;
    private String suite;
    private List<String> attributes = new ArrayList<>();
    private List<String> requires = new ArrayList<>();
    private int waitForServices = DEFAULT_WAIT_SECONDS;
    private String results = DEFAULT_RESULTS;
    private List<ReportTarget> reports = new ArrayList<>();
    private Double minPassRate;
    private Integer maxFailures;
    private String onInfraError = "fail";
    private boolean failOnFlaky;
    private int rerunFailed;

    @DataBoundConstructor
    public SystemTestStep(String tenant) {
        this.tenant = tenant;
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return tenantName;
    }

    @DataBoundSetter
    public void setTenantName(String tenantName) {
        this.tenantName = blankToNull(tenantName);
    }

    public String getSuite() {
        return suite;
    }

    @DataBoundSetter
    public void setSuite(String suite) {
        this.suite = blankToNull(suite);
    }

    public List<String> getAttributes() {
        return new ArrayList<>(attributes);
    }

    /** {@code KEY=VALUE} entries; a form's text area (one entry per line) is split into its lines. */
    @DataBoundSetter
    public void setAttributes(List<String> attributes) {
        this.attributes = FieldChecks.entries(attributes);
    }

    /** The attributes one per line, for the form's text area. */
    public String getAttributesText() {
        return String.join("\n", attributes);
    }

    public List<String> getRequires() {
        return new ArrayList<>(requires);
    }

    /** Service URIs; a form's text area (one URI per line) is split into its lines. */
    @DataBoundSetter
    public void setRequires(List<String> requires) {
        this.requires = FieldChecks.entries(requires);
    }

    /** The required services one per line, for the form's text area. */
    public String getRequiresText() {
        return String.join("\n", requires);
    }

    public int getWaitForServices() {
        return waitForServices;
    }

    @DataBoundSetter
    public void setWaitForServices(int waitForServices) {
        this.waitForServices = waitForServices;
    }

    public String getResults() {
        return results;
    }

    @DataBoundSetter
    public void setResults(String results) {
        this.results = results == null || results.isBlank() ? DEFAULT_RESULTS : results.strip();
    }

    public List<ReportTarget> getReports() {
        return new ArrayList<>(reports);
    }

    @DataBoundSetter
    public void setReports(List<ReportTarget> reports) {
        this.reports = reports == null ? new ArrayList<>() : new ArrayList<>(reports);
    }

    public Double getMinPassRate() {
        return minPassRate;
    }

    @DataBoundSetter
    public void setMinPassRate(Double minPassRate) {
        this.minPassRate = minPassRate;
    }

    public Integer getMaxFailures() {
        return maxFailures;
    }

    @DataBoundSetter
    public void setMaxFailures(Integer maxFailures) {
        this.maxFailures = maxFailures;
    }

    public String getOnInfraError() {
        return onInfraError;
    }

    @DataBoundSetter
    public void setOnInfraError(String onInfraError) {
        this.onInfraError = onInfraError == null || onInfraError.isBlank() ? "fail" : onInfraError.strip();
    }

    public boolean isFailOnFlaky() {
        return failOnFlaky;
    }

    @DataBoundSetter
    public void setFailOnFlaky(boolean failOnFlaky) {
        this.failOnFlaky = failOnFlaky;
    }

    public int getRerunFailed() {
        return rerunFailed;
    }

    @DataBoundSetter
    public void setRerunFailed(int rerunFailed) {
        this.rerunFailed = rerunFailed;
    }

    /**
     * The checked settings.
     *
     * @throws InvalidInputException naming the field whose value cannot be used
     */
    public StepConfig toConfig() {
        List<StepConfig.Report> reportConfigs = new ArrayList<>();
        for (ReportTarget r : reports) {
            reportConfigs.add(r == null ? null : r.toConfig());
        }
        return new StepConfig(tenant, tenantName, suite, attributes, requires, waitForServices, results,
                reportConfigs, minPassRate, maxFailures, failOnFlaky, onInfraError, rerunFailed);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        StepConfig config;
        try {
            config = toConfig();
        } catch (InvalidInputException e) {
            throw new AbortException("systemTest: " + e.getMessage());
        }
        return new SystemTestStepExecution(context, config);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Makes the step known to Pipeline as {@code systemTest} and checks its form. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "systemTest";
        }

        @Override
        public String getDisplayName() {
            return "Run a system test suite for a tenant";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, EnvVars.class,
                    FlowNode.class);
        }

        /**
         * Binds the form of the snippet generator. The attributes and services are text areas, one entry per line,
         * while the step takes lists, so they are split here (as {@code withEnv} does with its overrides).
         */
        @Override
        public Step newInstance(StaplerRequest2 req, JSONObject formData) throws FormException {
            List<String> attributes = FieldChecks.lines(formData.optString("attributes", ""));
            List<String> requires = FieldChecks.lines(formData.optString("requires", ""));
            formData.remove("attributes");
            formData.remove("requires");
            SystemTestStep step = (SystemTestStep) super.newInstance(req, formData);
            step.setAttributes(attributes);
            step.setRequires(requires);
            return step;
        }

        public FormValidation doCheckTenant(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.tenant(value));
        }

        public FormValidation doCheckTenantName(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.tenantName(value));
        }

        public FormValidation doCheckSuite(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.suite(value));
        }

        public FormValidation doCheckAttributes(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.attributes(value));
        }

        public FormValidation doCheckRequires(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.requires(value));
        }

        public FormValidation doCheckWaitForServices(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.waitForServices(value));
        }

        public FormValidation doCheckResults(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.results(value));
        }

        public FormValidation doCheckMinPassRate(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.minPassRate(value));
        }

        public FormValidation doCheckMaxFailures(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.maxFailures(value));
        }

        public ListBoxModel doFillOnInfraErrorItems() {
            ListBoxModel items = new ListBoxModel();
            items.add("Fail the step (fail)", "fail");
            items.add("Mark the build unstable and go on (unstable)", "unstable");
            return items;
        }
    }
}
