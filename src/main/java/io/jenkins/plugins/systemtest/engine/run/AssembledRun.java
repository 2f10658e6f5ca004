package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.gate.GateDecision;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

/**
 * A finished run: its record (secrets masked) and the decision of the quality gate.
 *
 * @param record   the record to store
 * @param decision what the verdict does to the build, and why
 */
public record AssembledRun(RunRecord record, GateDecision decision) {
}
