package io.jenkins.plugins.systemtest.engine.gate;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

/**
 * The user's quality gate. When neither a minimum pass rate nor a maximum number of failures is given, any failed
 * or errored test fails the gate ({@code maxFailures} 0); when one of them is given, the other does not apply.
 *
 * @param minPassRate  the lowest acceptable pass rate in percent (0-100), or null
 * @param maxFailures  the most failed plus errored tests acceptable, or null
 * @param failOnFlaky  whether a flaky test fails the gate
 * @param onInfraError what an infrastructure verdict does to the build
 */
public record QualityGate(Double minPassRate, Integer maxFailures, boolean failOnFlaky, InfraErrorPolicy onInfraError) {

    /** The default gate: no failure, no error allowed; flaky tests allowed; infrastructure errors fail. */
    public static final QualityGate DEFAULT = new QualityGate(null, null, false, InfraErrorPolicy.FAIL);

    public QualityGate {
        if (minPassRate != null && (minPassRate.isNaN() || minPassRate < 0 || minPassRate > 100)) {
            throw new InvalidInputException("minPassRate", "must be between 0 and 100, not " + minPassRate);
        }
        if (maxFailures != null && maxFailures < 0) {
            throw new InvalidInputException("maxFailures", "must be 0 or more, not " + maxFailures);
        }
        if (onInfraError == null) {
            onInfraError = InfraErrorPolicy.FAIL;
        }
        if (minPassRate == null && maxFailures == null) {
            maxFailures = 0;
        }
    }

    /** The gate in words, for logs and pages. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (minPassRate != null) {
            b.append("pass rate at least ").append(GateDecision.percent(minPassRate));
        }
        if (maxFailures != null) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(maxFailures == 0 ? "no failed or errored test" : "at most " + maxFailures + " failed or errored tests");
        }
        if (failOnFlaky) {
            b.append(", no flaky test");
        }
        return b.toString();
    }
}
