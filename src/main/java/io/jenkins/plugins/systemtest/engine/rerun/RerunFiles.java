package io.jenkins.plugins.systemtest.engine.rerun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a rerun which tests to run again: {@value #TEXT} (one {@code className.name} per line, as Jenkins' test
 * report names a test; a name with a line break cannot be written there and is only in the JSON file) and
 * {@value #JSON} (a JSON list of {@code {"class", "name", "file"}}, {@code file} being the result file that
 * reported the test), and the variables that point at them.
 */
public final class RerunFiles {

    /** The attempt's number: 1, then 2, 3... for the reruns. */
    public static final String ATTEMPT = "SYSTEM_TEST_ATTEMPT";
    /** The text file of the tests to rerun; set from the second attempt on. */
    public static final String FILE = "SYSTEM_TEST_RERUN_FILE";
    /** The JSON file of the tests to rerun; set from the second attempt on. */
    public static final String JSON_FILE = "SYSTEM_TEST_RERUN_JSON";

    /** The text file's name. */
    public static final String TEXT = "rerun-tests.txt";
    /** The JSON file's name. */
    public static final String JSON = "rerun-tests.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RerunFiles() {
    }

    /** Writes both files into {@code dir} (created when missing), each through a temporary file. */
    public static void write(Path dir, List<TestCaseResult> tests) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder();
        ArrayNode json = MAPPER.createArrayNode();
        for (TestCaseResult t : tests) {
            String id = t.id();
            if (id.indexOf('\n') < 0 && id.indexOf('\r') < 0) {
                text.append(id).append('\n');
            }
            ObjectNode o = json.addObject();
            o.put("class", t.className());
            o.put("name", t.name());
            o.put("file", t.file());
        }
        writeAtomically(dir.resolve(TEXT), text.toString());
        writeAtomically(dir.resolve(JSON), MAPPER.writeValueAsString(json) + "\n");
    }

    /**
     * The variables of an attempt.
     *
     * @param attempt the attempt's number
     * @param dir     where {@link #write} put the files for it, as the tests' machine names it; null for the first
     *                attempt, which has none
     */
    public static Map<String, String> variables(int attempt, String dir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ATTEMPT, Integer.toString(attempt));
        if (dir != null) {
            String sep = dir.endsWith("/") || dir.endsWith("\\") ? "" : dir.contains("\\") && !dir.contains("/")
                    ? "\\" : "/";
            env.put(FILE, dir + sep + TEXT);
            env.put(JSON_FILE, dir + sep + JSON);
        }
        return env;
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".rerun", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
