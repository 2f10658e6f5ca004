package io.jenkins.plugins.systemtest.step;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * An HTML report directory for {@code systemTest} to archive with the run: {@code [name: 'Playwright',
 * dir: 'playwright-report', index: 'index.html']}.
 */
public class ReportTarget extends AbstractDescribableImpl<ReportTarget> {

    private final String name;
    private final String dir;
    private String index = "index.html";

    @DataBoundConstructor
    public ReportTarget(String name, String dir) {
        this.name = name;
        this.dir = dir;
    }

    /** The report's name, shown on pages and used as a folder name. */
    public String getName() {
        return name;
    }

    /** The directory, relative to the workspace. */
    public String getDir() {
        return dir;
    }

    /** The page to open, relative to the directory. */
    public String getIndex() {
        return index;
    }

    @DataBoundSetter
    public void setIndex(String index) {
        this.index = index == null || index.isBlank() ? "index.html" : index.strip();
    }

    StepConfig.Report toConfig() {
        return new StepConfig.Report(name, dir, index);
    }

    /** Lets the snippet generator offer reports and structs build them from maps. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<ReportTarget> {

        @Override
        public String getDisplayName() {
            return "Report";
        }

        public FormValidation doCheckName(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.reportName(value));
        }

        public FormValidation doCheckDir(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.reportDir(value));
        }

        public FormValidation doCheckIndex(@QueryParameter String value) {
            return FieldChecks.validation(FieldChecks.reportIndex(value));
        }
    }
}
