package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;

import java.io.IOException;

/**
 * The one JSON configuration for run records and history summaries. Unknown properties are ignored so that
 * files written by a newer version stay readable; anything after the JSON value is an error (two values glued
 * together are not one record); a record whose {@code schemaVersion} is newer than
 * {@link RunRecord#SCHEMA_VERSION} is refused. Records are written without indentation, their tests in the
 * compact form of schema 2 ({@link CompactTestsModule}); records of schema 1 (every test field written) are read
 * all the same. Thread-safe; share one instance.
 */
public final class RunRecordJson {

    /** Built once: a mapper and its (de)serializers cost more to make than a record takes to write. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .addModule(new CompactTestsModule())
            .build();
    private static final ObjectWriter RECORD_WRITER = MAPPER.writerFor(RunRecord.class)
            .without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader RECORD_READER = MAPPER.readerFor(RunRecord.class);
    private static final ObjectWriter SUMMARY_WRITER = MAPPER.writerFor(RunSummary.class)
            .without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader SUMMARY_READER = MAPPER.readerFor(RunSummary.class);

    private final ObjectMapper mapper = MAPPER;
    private final ObjectWriter recordWriter = RECORD_WRITER;
    private final ObjectReader recordReader = RECORD_READER;
    private final ObjectWriter summaryWriter = SUMMARY_WRITER;
    private final ObjectReader summaryReader = SUMMARY_READER;

    /** Instances share one configured mapper. */
    public RunRecordJson() {
        // Nothing per instance.
    }

    /** The configured mapper, for other JSON of the same files. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** A record as compact UTF-8 JSON (one line). */
    public byte[] toJson(RunRecord record) throws IOException {
        return recordWriter.writeValueAsBytes(record);
    }

    /**
     * Reads a record.
     *
     * @param json   UTF-8 JSON
     * @param source the file it came from, named in errors
     * @throws RunRecordFormatException naming the source, line and column, or saying the schema is newer
     */
    public RunRecord readRecord(byte[] json, String source) throws RunRecordFormatException {
        RunRecord record;
        try {
            record = recordReader.readValue(json);
        } catch (IOException e) {
            // A newer record may not map at all; saying so helps more than the mapping error.
            checkVersion(peekVersion(json), source, e);
            throw new RunRecordFormatException(problem(source, 0, e), e);
        }
        if (record == null) {
            throw new RunRecordFormatException(new ParseProblem(source, 1, 1, "the file holds no run record"), null);
        }
        checkVersion(record.schemaVersion(), source, null);
        return record;
    }

    /** A summary as one line of compact JSON, without the line feed. Never contains a raw line feed. */
    public byte[] toLine(RunSummary summary) throws IOException {
        return summaryWriter.writeValueAsBytes(summary);
    }

    /**
     * Reads one summary line.
     *
     * @param line the line's number in {@code source}, for the error
     * @throws RunRecordFormatException naming the source, line and column
     */
    public RunSummary readSummary(byte[] buf, int offset, int length, String source, int line)
            throws RunRecordFormatException {
        try {
            RunSummary s = summaryReader.readValue(buf, offset, length);
            if (s == null) {
                throw new RunRecordFormatException(new ParseProblem(source, line, 1, "not a run summary"), null);
            }
            return s;
        } catch (RunRecordFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RunRecordFormatException(problem(source, line, e), e);
        }
    }

    /** The {@code id} of a summary line, or null when the line is not a JSON object with a text id. */
    public String peekId(byte[] buf, int offset, int length) {
        try {
            JsonNode id = mapper.readTree(buf, offset, length).get("id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private int peekVersion(byte[] json) {
        try {
            JsonNode v = mapper.readTree(json).get("schemaVersion");
            return v != null && v.canConvertToInt() ? v.intValue() : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void checkVersion(int version, String source, Throwable cause) throws RunRecordFormatException {
        if (version > RunRecord.SCHEMA_VERSION) {
            throw new RunRecordFormatException(new ParseProblem(source, 0, 0, "schemaVersion " + version
                    + " is newer than this version reads (" + RunRecord.SCHEMA_VERSION
                    + "); the record was written by a newer System Test Runner, update it to read the record"), cause);
        }
    }

    /**
     * A problem from a Jackson error: its location (line and column within {@code source}; for one line of a
     * larger file, {@code line} gives the line and Jackson's column is kept) and its message without the source
     * excerpt.
     */
    static ParseProblem problem(String source, int line, Throwable e) {
        int l = 0;
        int c = 0;
        String message = e.getMessage();
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation loc = jpe.getLocation();
            if (loc != null) {
                l = Math.max(0, loc.getLineNr());
                c = Math.max(0, loc.getColumnNr());
            }
            message = jpe.getOriginalMessage();
        }
        if (line > 0) {
            l = line;
        }
        return new ParseProblem(source, l, c, oneLine(message));
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String m = message.replace('\r', ' ').replace('\n', ' ').strip();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }
}
