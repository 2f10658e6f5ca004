package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.agent.AgentPreflight;
import io.jenkins.plugins.systemtest.engine.run.AgentTransferJson;
import io.jenkins.plugins.systemtest.engine.run.PreflightOutcome;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PREFLIGHT phase of one {@code systemTest} call: checks the required services on the agent (which also writes
 * the tenant context file there) and logs what it found, secrets masked.
 */
final class StepPreflight {

    private static final Logger LOGGER = Logger.getLogger(StepPreflight.class.getName());

    private StepPreflight() {
    }

    static PreflightOutcome run(StepContextReader context, StepConfig config, String runId, long startedAt)
            throws IOException, InterruptedException {
        if (config.requiredServices() > 0) {
            context.log("checking " + config.requiredServices() + " required service(s) for tenant "
                    + config.tenant().key() + ", waiting up to " + config.waitForServices().toSeconds() + " s");
        }
        PreflightOutcome outcome = new AgentTransferJson().readPreflight(
                context.workspace().act(new AgentPreflight(config, runId)));
        SecretMasker masker = new SecretMasker(context.secretValues());
        outcome.log().forEach(line -> context.log(masker.mask(line)));
        LOGGER.log(Level.FINE, "{0}: preflight done {1} ms after the step started",
                new Object[] {runId, System.currentTimeMillis() - startedAt});
        return outcome;
    }
}
