package io.jenkins.plugins.systemtest.step;

import hudson.AbortException;
import hudson.model.Result;
import io.jenkins.plugins.systemtest.engine.gate.BuildOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Ends a {@code systemTest} call as its recorded run says ({@link StepOutcome}): writes the summary to the log, marks
 * the build UNSTABLE with a warning on the step's node when the gate says so, and returns how to complete the
 * step: with the summary map, with the run's reasons, or with the block's own failure.
 */
public final class StepFinisher {

    private StepFinisher() {
    }

    static Consumer<StepContext> finish(StepContextReader context, RunRecord record, BuildOutcome outcome,
            Throwable bodyFailure) throws IOException, InterruptedException {
        String url = context.detailsUrl();
        StepSummary.lines(record, url).forEach(context::logLine);
        return switch (StepOutcome.decide(outcome, record.verdict(), bodyFailure)) {
            case SUCCEED -> c -> c.onSuccess(StepSummary.map(record, url));
            case MARK_UNSTABLE -> {
                context.run().setResult(Result.UNSTABLE);
                context.node().addOrReplaceAction(new WarningAction(Result.UNSTABLE)
                        .withMessage(StepSummary.warning(record)));
                yield c -> c.onSuccess(StepSummary.map(record, url));
            }
            case FAIL -> c -> c.onFailure(new AbortException(StepSummary.failure(record)));
            case RETHROW -> c -> c.onFailure(bodyFailure);
        };
    }
}
