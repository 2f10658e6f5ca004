package io.jenkins.plugins.systemtest.engine.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.CompactTestsModule;

import java.io.IOException;
import java.util.List;

/**
 * The JSON that carries what the machine running the tests found back to the one that records it (in Jenkins:
 * from the agent to the controller), and that keeps probe results in a step's saved state. Plain text travels
 * and persists where the engine's records, which are not {@link java.io.Serializable}, cannot. Unknown properties
 * are ignored, so that an agent running another plugin version still gets through. Tests travel in the compact
 * form of record schema 2 ({@link CompactTestsModule}), which also reads the full form an older agent sends.
 * Thread-safe.
 */
public final class AgentTransferJson {

    private static final TypeReference<List<ProbeResult>> PROBES = new TypeReference<>() {
    };

    /** One mapper for all: building one, and its serializers on first use, costs more than a transfer. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new CompactTestsModule())
            .build();

    private final ObjectMapper mapper = MAPPER;

    /** The preflight's outcome as JSON. */
    public String write(PreflightOutcome outcome) throws IOException {
        return mapper.writeValueAsString(outcome);
    }

    /** The collected and staged results as JSON. */
    public String write(StagedResults staged) throws IOException {
        return mapper.writeValueAsString(staged);
    }

    /** Any engine value (a record of plain values) as JSON. */
    public String writeValue(Object value) throws IOException {
        return mapper.writeValueAsString(value);
    }

    /** Reads what {@link #writeValue} wrote; {@code what} names it in the error when there is nothing. */
    public <T> T readValue(String json, Class<T> type, String what) throws IOException {
        return read(json, type, what);
    }

    /** Probe results as JSON. */
    public String writeProbes(List<ProbeResult> probes) throws IOException {
        return mapper.writerFor(PROBES).writeValueAsString(probes);
    }

    /** Reads what {@link #write(PreflightOutcome)} wrote. */
    public PreflightOutcome readPreflight(String json) throws IOException {
        return read(json, PreflightOutcome.class, "preflight outcome");
    }

    /** Reads what {@link #write(StagedResults)} wrote. */
    public StagedResults readStaged(String json) throws IOException {
        return read(json, StagedResults.class, "collected results");
    }

    /** Reads what {@link #writeProbes} wrote; null or empty text is no probe. */
    public List<ProbeResult> readProbes(String json) throws IOException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<ProbeResult> probes = mapper.readValue(json, PROBES);
        return probes == null ? List.of() : List.copyOf(probes);
    }

    private <T> T read(String json, Class<T> type, String what) throws IOException {
        T value = json == null ? null : mapper.readValue(json, type);
        if (value == null) {
            throw new IOException("the agent sent no " + what);
        }
        return value;
    }
}
