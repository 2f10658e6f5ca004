package io.jenkins.plugins.systemtest.step;

/**
 * What a running {@code systemTest} call says it is doing (Pipeline's "Pipeline Steps" view, thread dumps): the
 * phase, the tenant, suite and run, and the attempt when the failed tests are rerun.
 */
final class StepStatus {

    private StepStatus() {
    }

    /**
     * @param attempt the current attempt of a {@code rerunFailed} call, 0 when there are no reruns
     */
    static String of(SystemTestStepExecution.Phase phase, StepConfig config, String runId, int attempt) {
        String who = "tenant " + config.tenant().key() + ", suite " + config.tenant().suite()
                + (runId == null ? "" : ", run " + runId);
        String of = attempt > 0 ? ", attempt " + attempt + " of up to " + (config.rerunFailed() + 1) : "";
        return switch (phase) {
            case PREFLIGHT -> "checking " + config.requiredServices() + " required service(s) (" + who + ")";
            case BODY -> "running the block (" + who + of + ")";
            case COLLECT -> "collecting, archiving and publishing results (" + who + of + ")";
            case RECORDING -> "recording the run (" + who + ")";
            case DONE -> "done (" + who + ")";
        };
    }
}
