package io.jenkins.plugins.systemtest.engine.preflight;

import java.io.IOException;
import java.time.Duration;

/** Makes one attempt to reach a service and see that it speaks its protocol. */
@FunctionalInterface
public interface ServiceProbe {

    /**
     * One attempt, bounded by {@code timeout} for connecting and again for the answer.
     *
     * @return what the service answered: up, or down with a cause such as {@link ProbeCause#PROTOCOL}
     * @throws IOException when the service could not be reached or hung up; the checker turns it into
     *                     a cause
     */
    ProbeAnswer attempt(ServiceTarget target, Duration timeout) throws IOException;
}
