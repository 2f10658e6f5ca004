package io.jenkins.plugins.systemtest.step;

import hudson.util.FormValidation;
import io.jenkins.plugins.systemtest.engine.gate.InfraErrorPolicy;
import io.jenkins.plugins.systemtest.engine.gate.QualityGate;
import io.jenkins.plugins.systemtest.engine.junit.ResultFileFinder;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.preflight.ServiceTarget;
import io.jenkins.plugins.systemtest.engine.report.ReportSpec;
import io.jenkins.plugins.systemtest.engine.report.WorkspacePaths;
import io.jenkins.plugins.systemtest.engine.tenant.AttributeParser;
import io.jenkins.plugins.systemtest.engine.tenant.TenantContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks behind the step's form fields, done by the engine's own validators so that the form says what the
 * step would say. Each returns the problem in words, or null when the value can be used.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** The problem as Jenkins shows it next to the field. */
    static FormValidation validation(String problem) {
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    static String tenant(String value) {
        return problem(() -> TenantContext.of(value == null ? "" : value.strip()));
    }

    static String tenantName(String value) {
        return problem(() -> new TenantContext("tenant", value, null, Map.of()));
    }

    static String suite(String value) {
        return problem(() -> new TenantContext("tenant", null, value, Map.of()));
    }

    /** Attributes written one per line, as in the form. */
    static String attributes(String text) {
        return problem(() -> new TenantContext("tenant", null, null, AttributeParser.parse(lines(text))));
    }

    /** Service URIs written one per line, as in the form. */
    static String requires(String text) {
        return problem(() -> ServiceTarget.parseAll(lines(text)));
    }

    static String waitForServices(String value) {
        return problem(() -> {
            int seconds = integer("waitForServices", value, 30);
            if (seconds < 0 || seconds > StepConfig.MAX_WAIT_SECONDS) {
                throw new InvalidInputException("waitForServices", "must be between 0 and "
                        + StepConfig.MAX_WAIT_SECONDS + " seconds");
            }
        });
    }

    static String results(String value) {
        return problem(() -> ResultFileFinder.check(value));
    }

    static String minPassRate(String value) {
        return problem(() -> {
            if (value != null && !value.isBlank()) {
                double rate;
                try {
                    rate = Double.parseDouble(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("minPassRate", "'" + value.strip() + "' is not a number");
                }
                new QualityGate(rate, null, false, InfraErrorPolicy.FAIL);
            }
        });
    }

    static String maxFailures(String value) {
        return problem(() -> {
            if (value != null && !value.isBlank()) {
                new QualityGate(null, integer("maxFailures", value, 0), false, InfraErrorPolicy.FAIL);
            }
        });
    }

    static String reportName(String value) {
        return problem(() -> new ReportSpec(value, "report", null));
    }

    static String reportDir(String value) {
        return problem(() -> WorkspacePaths.checkRelative("dir", value));
    }

    static String reportIndex(String value) {
        return problem(() -> {
            if (value != null && !value.isBlank()) {
                WorkspacePaths.checkRelative("index", value);
            }
        });
    }

    /**
     * The entries of a list field. The form sends a text area as one entry holding several lines; such an entry
     * is split into its lines, each stripped, blank ones dropped. Entries without a line break stay as given.
     */
    static List<String> entries(List<String> values) {
        List<String> entries = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
                    entries.addAll(lines(v));
                } else if (v != null) {
                    entries.add(v);
                }
            }
        }
        return entries;
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\r\n|\r|\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    private static int integer(String field, String value, int blank) {
        if (value == null || value.isBlank()) {
            return blank;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value.strip() + "' is not a whole number");
        }
    }

    private static String problem(Check check) {
        try {
            check.run();
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    @FunctionalInterface
    private interface Check {
        void run();
    }
}
