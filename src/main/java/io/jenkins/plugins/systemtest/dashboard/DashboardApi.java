package io.jenkins.plugins.systemtest.dashboard;

import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** {@code api/json} of the dashboard and of a tenant's page: the engine's JSON, computed for the current user. */
public class DashboardApi {

    /** Writes CSV to a writer. */
    @FunctionalInterface
    interface CsvBody {
        void writeTo(Writer out) throws IOException;
    }

    private final Supplier<String> json;

    DashboardApi(Supplier<String> json) {
        this.json = json;
    }

    /** The JSON, for tests. */
    String json() {
        return json.get();
    }

    /** {@code api/json}. */
    @GET
    public void doJson(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        byte[] body = json.get().getBytes(StandardCharsets.UTF_8);
        rsp.setContentType("application/json; charset=UTF-8");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.getOutputStream().write(body);
    }

    /** Sends CSV as a download. */
    static void csv(StaplerResponse2 rsp, String fileName, CsvBody body) throws IOException {
        rsp.setContentType("text/csv; charset=UTF-8");
        rsp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new BufferedWriter(new OutputStreamWriter(rsp.getOutputStream(), StandardCharsets.UTF_8));
        body.writeTo(out);
        out.flush();
    }
}
