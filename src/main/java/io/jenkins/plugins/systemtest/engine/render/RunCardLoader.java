package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.record.RunRecordFormatException;
import io.jenkins.plugins.systemtest.engine.record.RunRecordStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the runs of one build from the job's record store, in the order given. A run whose record is gone,
 * unreadable or named by an invalid id becomes a {@link RunCard#missing} card with the reason; the others are
 * still shown.
 */
public final class RunCardLoader {

    private final RunRecordStore store;
    private final RunSummaryHtmlRenderer renderer;

    /**
     * @param store           the job's records
     * @param reportBaseHref  what leads from the page that shows the full view to the build's artifacts
     *                        ({@code ../artifact/})
     */
    public RunCardLoader(RunRecordStore store, String reportBaseHref) {
        this.store = Objects.requireNonNull(store, "store");
        this.renderer = new RunSummaryHtmlRenderer(StaticAssets.STYLESHEET, reportBaseHref);
    }

    /** One card per id, in the same order. */
    public List<RunCard> load(List<String> runIds) {
        List<RunCard> cards = new ArrayList<>(runIds.size());
        for (String id : runIds) {
            cards.add(load(id));
        }
        return cards;
    }

    private RunCard load(String id) {
        try {
            Optional<RunRecord> record = store.read(id);
            return record.map(r -> RunCard.of(r, renderer)).orElseGet(() -> RunCard.missing(id,
                    "The record of run " + id + " is missing: it was deleted, or the run never finished writing it."));
        } catch (RunRecordFormatException e) {
            ParseProblem p = e.problem();
            String where = p.line() > 0 ? " (line " + p.line() + ", column " + p.column() + ")" : "";
            return RunCard.missing(id, "The record of run " + id + " cannot be read" + where + ": " + p.message());
        } catch (InvalidInputException e) {
            return RunCard.missing(id, "The run cannot be shown: " + e.getMessage());
        } catch (IOException e) {
            return RunCard.missing(id, "The record of run " + id + " cannot be read: " + e.getMessage());
        }
    }
}
