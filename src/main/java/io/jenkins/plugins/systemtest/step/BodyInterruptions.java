package io.jenkins.plugins.systemtest.step;

import io.jenkins.plugins.systemtest.engine.run.Interruption;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether {@code systemTest}'s block was stopped rather than failed, and why, from what Jenkins hands over:
 * the block's failure ({@link FlowInterruptedException} with its causes, a plain {@link InterruptedException}), the
 * cause given to the step's own {@code stop}, or the build's result turned ABORTED while the block ran (a
 * {@code catchError} inside the block caught the interruption). Only reads: the block's own failure is passed on
 * unchanged by the step, so that {@code timeout}, {@code catchError}, {@code retry} and the build's result behave
 * as around a plain {@code sh}.
 */
public final class BodyInterruptions {

    /** workflow-basic-steps' cause of a {@code timeout} expiry; another plugin, so it is known by name. */
    static final String TIMEOUT_CAUSE = "org.jenkinsci.plugins.workflow.steps.TimeoutStepExecution$ExceededTimeout";

    private BodyInterruptions() {
    }

    /**
     * Why the block was stopped, or null when it was not.
     *
     * @param bodyFailure         how the block failed, or null when it completed
     * @param ownStop             the cause given to the step's {@code stop} while the block ran, or null
     * @param buildAbortedMeanwhile whether the build's result became ABORTED while the block ran
     * @param seconds             how long the run had run when it ended
     */
    static Interruption of(Throwable bodyFailure, Throwable ownStop, boolean buildAbortedMeanwhile, long seconds) {
        Interruption found = fromThrowable(bodyFailure, seconds);
        if (found == null) {
            found = fromThrowable(ownStop, seconds);
        }
        if (found == null && ownStop != null) {
            found = Interruption.other("the step was stopped (" + ownStop.getClass().getSimpleName() + ")");
        }
        if (found == null && buildAbortedMeanwhile) {
            found = Interruption.other("the build was aborted while the block ran (the block caught the"
                    + " interruption)");
        }
        return found;
    }

    /** The interruption a throwable (or one of its causes) stands for, or null. */
    static Interruption fromThrowable(Throwable failure, long seconds) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlowInterruptedException fie) {
                return fromCauses(causes(fie), seconds);
            }
            if (t instanceof InterruptedException) {
                return Interruption.other("interrupted");
            }
        }
        return null;
    }

    /**
     * The interruption that a {@link FlowInterruptedException}'s causes describe: a timeout expiry first, then a
     * user, then the first other cause's description.
     */
    static Interruption fromCauses(List<Cause> causes, long seconds) {
        for (Cause c : causes) {
            if (TIMEOUT_CAUSE.equals(c.className())) {
                return Interruption.timeoutAfterRunning(seconds);
            }
        }
        for (Cause c : causes) {
            if (c.userId() != null) {
                return Interruption.byUser(c.userId());
            }
        }
        return causes.stream().map(Cause::description).filter(d -> d != null && !d.isBlank()).findFirst()
                .map(Interruption::other).orElseGet(() -> Interruption.other("interrupted"));
    }

    private static List<Cause> causes(FlowInterruptedException e) {
        List<Cause> list = new ArrayList<>();
        for (CauseOfInterruption c : e.getCauses()) {
            String userId = c instanceof CauseOfInterruption.UserInterruption u ? u.getUserId() : null;
            String description;
            try {
                description = c.getShortDescription();
            } catch (RuntimeException ex) {
                description = "";
            }
            list.add(new Cause(c.getClass().getName(), userId, description));
        }
        return list;
    }

    /**
     * One cause of interruption, as plain values.
     *
     * @param className   the cause's class
     * @param userId      the user who stopped the build, or null when it was not a user
     * @param description the cause's short description
     */
    record Cause(String className, String userId, String description) {
    }
}
