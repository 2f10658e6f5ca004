package io.jenkins.plugins.systemtest.engine.tenant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Hands a {@link TenantContext} to the tests: as environment variables and as a JSON context file. */
public final class TenantEnvironment {

    public static final String TENANT = "SYSTEM_TEST_TENANT";
    public static final String TENANT_NAME = "SYSTEM_TEST_TENANT_NAME";
    public static final String SUITE = "SYSTEM_TEST_SUITE";
    public static final String CONTEXT = "SYSTEM_TEST_CONTEXT";
    public static final String ATTRIBUTE_PREFIX = "SYSTEM_TEST_ATTR_";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TenantEnvironment() {
    }

    /**
     * The variables the tests see.
     *
     * @param contextFile where the context JSON file is, as the tests' machine names it
     */
    public static Map<String, String> variables(TenantContext context, String contextFile) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(TENANT, context.key());
        env.put(TENANT_NAME, context.displayName());
        env.put(SUITE, context.suite());
        context.attributes().forEach((k, v) -> env.put(ATTRIBUTE_PREFIX + k.toUpperCase(Locale.ROOT), v));
        env.put(CONTEXT, contextFile);
        return env;
    }

    /** The context file's content: tenant, name, suite and attributes as given. */
    public static String toJson(TenantContext context) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("tenant", context.key());
        root.put("tenantName", context.displayName());
        root.put("suite", context.suite());
        ObjectNode attributes = root.putObject("attributes");
        context.attributes().forEach(attributes::put);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the tenant context as JSON", e);
        }
    }

    /** Writes the context file (through a temporary file, so a reader never sees half of it). */
    public static Path writeContextFile(TenantContext context, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".context", ".tmp");
        try {
            Files.writeString(tmp, toJson(context), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
