package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.gate.InfraErrorPolicy;
import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.junit.ResultFileFinder;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.preflight.ServiceTarget;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.rerun.RerunPolicy;
import io.jenkins.plugins.systemtest.engine.tenant.AttributeParser;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checked settings of one {@code systemTest} call, kept as plain values so that they survive a controller
 * restart (the step's state is saved with the pipeline) and travel to the agent. The constructor checks everything
 * by building the engine's objects; the accessors build them again where they are needed.
 */
public final class StepConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest wait for required services, an hour: past that a pipeline should use its own timeout. */
    static final int MAX_WAIT_SECONDS = 3600;

    private final String tenant;
    private final String tenantName;
    private final String suite;
    private final LinkedHashMap<String, String> attributes;
    private final ArrayList<String> requires;
    private final int waitForServices;
    private final String results;
    private final ArrayList<Report> reports;
    private final Double minPassRate;
    private final Integer maxFailures;
    private final boolean failOnFlaky;
    private final String onInfraError;
    private final int rerunFailed;

    /** One report directory to archive, as plain values. */
    public static final class Report implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String name;
        private final String dir;
        private final String index;

        public Report(String name, String dir, String index) {
            this.name = name;
            this.dir = dir;
            this.index = index;
        }

        ReportSpec spec() {
            return new ReportSpec(name, dir, index);
        }
    }

    /**
     * Checks and keeps the settings.
     *
     * @throws InvalidInputException naming the field whose value cannot be used
     */
    public StepConfig(String tenant, String tenantName, String suite, List<String> attributes, List<String> requires,
            int waitForServices, String results, List<Report> reports, Double minPassRate, Integer maxFailures,
            boolean failOnFlaky, String onInfraError) {
        this(tenant, tenantName, suite, attributes, requires, waitForServices, results, reports, minPassRate,
                maxFailures, failOnFlaky, onInfraError, 0);
    }

    /**
     * Checks and keeps the settings, with {@code rerunFailed} (0 to {@value RerunPolicy#MAX_RERUNS}).
     *
     * @throws InvalidInputException naming the field whose value cannot be used
     */
    public StepConfig(String tenant, String tenantName, String suite, List<String> attributes, List<String> requires,
            int waitForServices, String results, List<Report> reports, Double minPassRate, Integer maxFailures,
            boolean failOnFlaky, String onInfraError, int rerunFailed) {
        Map<String, String> parsed = AttributeParser.parse(attributes);
        TenantContext context = new TenantContext(tenant, tenantName, suite, parsed);
        this.tenant = context.key();
        this.tenantName = context.displayName();
        this.suite = context.suite();
        this.attributes = new LinkedHashMap<>(context.attributes());
        ServiceTarget.parseAll(requires);
        this.requires = new ArrayList<>(Objects.requireNonNullElse(requires, List.of()));
        if (waitForServices < 0 || waitForServices > MAX_WAIT_SECONDS) {
            throw new InvalidInputException("waitForServices", "must be between 0 and " + MAX_WAIT_SECONDS
                    + " seconds, not " + waitForServices);
        }
        this.waitForServices = waitForServices;
        ResultFileFinder.check(results);
        this.results = results.strip();
        this.reports = checkReports(Objects.requireNonNullElse(reports, List.of()));
        QualityGate gate = new QualityGate(minPassRate, maxFailures, failOnFlaky, InfraErrorPolicy.parse(onInfraError));
        this.minPassRate = minPassRate;
        this.maxFailures = maxFailures;
        this.failOnFlaky = failOnFlaky;
        this.onInfraError = gate.onInfraError().name().toLowerCase(Locale.ROOT);
        RerunPolicy.check("rerunFailed", rerunFailed);
        this.rerunFailed = rerunFailed;
    }

    private static ArrayList<Report> checkReports(List<Report> reports) {
        ArrayList<Report> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            if (report == null) {
                throw new InvalidInputException("reports[" + i + "]", "is empty; give a name and a dir");
            }
            ReportSpec spec;
            try {
                spec = report.spec();
            } catch (InvalidInputException e) {
                String field = e.getField();
                String message = e.getMessage().substring(Math.min(e.getMessage().length(), field.length() + 2));
                throw new InvalidInputException("reports[" + i + "]." + field.substring(field.indexOf('.') + 1),
                        message);
            }
            // Archives on Windows agents and case-insensitive disks would mix reports named apart only by case.
            if (!names.add(spec.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("reports[" + i + "].name", "the report name '" + spec.name()
                        + "' is given twice; each report needs a name of its own");
            }
            checked.add(new Report(spec.name(), spec.dir(), spec.index()));
        }
        return checked;
    }

    /** The tenant context. */
    public TenantContext tenant() {
        return new TenantContext(tenant, tenantName, suite, attributes);
    }

    /** The quality gate. */
    public QualityGate gate() {
        return new QualityGate(minPassRate, maxFailures, failOnFlaky, InfraErrorPolicy.parse(onInfraError));
    }

    /** The services to check before the suite runs, in order. */
    public List<ServiceTarget> targets() {
        return ServiceTarget.parseAll(requires);
    }

    /** How many services are required. */
    public int requiredServices() {
        return requires.size();
    }

    /** How long to wait for the required services. */
    public Duration waitForServices() {
        return Duration.ofSeconds(waitForServices);
    }

    /** The Ant patterns of the JUnit XML result files, relative to the workspace. */
    public String results() {
        return results;
    }

    /** How many times the block may run again while tests fail or error (0: once only). */
    public int rerunFailed() {
        return rerunFailed;
    }

    /** The report directories to archive, in order. */
    public List<ReportSpec> reports() {
        return reports.stream().map(Report::spec).toList();
    }
}
