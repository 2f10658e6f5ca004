package io.jenkins.plugins.systemtest;

import io.jenkins.plugins.systemtest.step.SystemTestStep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the built .hpi and command-line jar and checks them as Jenkins and a shell would see them. */
class ArchiveLayoutIT {

    private static final String SHORT_NAME = "system-test-runner";
    private static final List<String> JENKINS_PACKAGES = List.of("hudson/", "jenkins/", "org/kohsuke/",
            "org/jenkinsci/", "com/google/", "jakarta/", "javax/servlet/", "net/sf/json/");

    private static Path hpi;
    private static Path cli;
    private static String version;

    @BeforeAll
    static void locate() {
        hpi = Path.of(System.getProperty("hpiFile", "target/" + SHORT_NAME + ".hpi"));
        cli = Path.of(System.getProperty("cliJar", "target/" + SHORT_NAME + "-cli.jar"));
        version = System.getProperty("pluginVersion");
        assertThat(hpi).as("the .hpi is built by 'mvn package'").isRegularFile();
        assertThat(cli).as("the command-line jar is built by 'mvn package'").isRegularFile();
    }

    @Test
    void shouldHaveTheLayoutJenkinsExpects() throws IOException {
        List<String> entries = entries(hpi);

        assertThat(entries).contains("META-INF/MANIFEST.MF", "WEB-INF/lib/" + SHORT_NAME + ".jar");
        assertThat(entries).filteredOn(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
                .as("nothing bundled that Jenkins or a dependency plugin provides (Jackson comes from jackson2-api)")
                .containsExactly("WEB-INF/lib/" + SHORT_NAME + ".jar");
        assertThat(entries).filteredOn(e -> e.endsWith(".class")).as("classes live in the inner jar").isEmpty();
        assertThat(entries).contains("js/history.js", "css/system-tests.css");
    }

    @Test
    void shouldCarryThePluginManifestOnTheHpiAndOnTheInnerJar() throws IOException {
        try (JarFile jar = new JarFile(hpi.toFile())) {
            assertPluginManifest(jar.getManifest().getMainAttributes());
            try (JarInputStream inner = new JarInputStream(jar.getInputStream(jar.getEntry("WEB-INF/lib/" + SHORT_NAME
                    + ".jar")))) {
                Attributes attributes = inner.getManifest().getMainAttributes();
                assertThat(attributes.getValue("Short-Name")).isEqualTo(SHORT_NAME);
                assertThat(attributes.getValue("Plugin-Version")).isEqualTo(version);
            }
        }
    }

    private static void assertPluginManifest(Attributes a) {
        assertThat(a.getValue("Short-Name")).isEqualTo(SHORT_NAME);
        assertThat(a.getValue("Long-Name")).isEqualTo("System Test Runner");
        assertThat(a.getValue("Plugin-Version")).isEqualTo(version);
        assertThat(a.getValue("Group-Id")).isEqualTo("io.jenkins.plugins");
        assertThat(a.getValue("Artifact-Id")).isEqualTo(SHORT_NAME);
        assertThat(a.getValue("Minimum-Java-Version")).isEqualTo("17");
        String jenkinsVersion = a.getValue("Jenkins-Version");
        assertThat(jenkinsVersion).isEqualTo(a.getValue("Hudson-Version"));
        assertThat(compareVersions(jenkinsVersion, "2.516.1")).as("Jenkins-Version %s", jenkinsVersion)
                .isLessThanOrEqualTo(0);
        Map<String, String> deps = new LinkedHashMap<>();
        for (String dep : a.getValue("Plugin-Dependencies").split(",")) {
            String[] parts = dep.split(":", 2);
            deps.put(parts[0], parts[1]);
        }
        assertThat(deps).containsExactly(
                Map.entry("workflow-step-api", "706.v518c5dcb_24c0"),
                Map.entry("workflow-api", "1384.vdc05a_48f535f"),
                Map.entry("structs", "353.v261ea_40a_80fb_"),
                Map.entry("jackson2-api", "2.20.0-411.v6ef8fdee4fe9"),
                Map.entry("junit", "1355.v45e2ea_65863c"));
    }

    @Test
    void shouldIndexTheExtensionsAndKeepParameterNames() throws IOException {
        Map<String, byte[]> inner = innerJar();

        assertThat(inner).containsKey("META-INF/annotations/hudson.Extension");
        String index = new String(inner.get("META-INF/annotations/hudson.Extension"), StandardCharsets.ISO_8859_1);
        assertThat(index).as("the step's descriptor is registered").contains("io.jenkins.plugins.systemtest.step.SystemTestStep");
        byte[] step = inner.get("io/jenkins/plugins/systemtest/step/SystemTestStep.class");
        assertThat(step).as("the step is in the plugin jar").isNotNull();
        assertThat(new String(step, StandardCharsets.ISO_8859_1)).as("compiled with -parameters for Stapler")
                .contains("MethodParameters");
        assertThat(inner).containsKey("io/jenkins/plugins/systemtest/step/SystemTestStep/config.jelly");
    }

    @Test
    void shouldNeverPackageJenkinsApiDeclarations() throws IOException {
        assertThat(entries(hpi)).noneMatch(ArchiveLayoutIT::isJenkinsClass);
        assertThat(innerJar().keySet()).noneMatch(ArchiveLayoutIT::isJenkinsClass);
        assertThat(entries(cli)).noneMatch(ArchiveLayoutIT::isJenkinsClass);
    }

    @Test
    void shouldMakeTheCommandLineJarRunnableWithTheEngineOnly() throws Exception {
        List<String> entries = entries(cli);

        assertThat(entries).contains("io/jenkins/plugins/systemtest/engine/cli/SystemTestCli.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class", "com/ctc/wstx/stax/WstxInputFactory.class",
                "org/codehaus/stax2/XMLInputFactory2.class");
        assertThat(entries).filteredOn(e -> e.startsWith("io/jenkins/plugins/systemtest/") && e.endsWith(".class"))
                .as("no Jenkins glue in the command line").allMatch(e -> e.startsWith("io/jenkins/plugins/systemtest/engine/"));
        try (JarFile jar = new JarFile(cli.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.jenkins.plugins.systemtest.engine.cli.SystemTestCli");
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                cli.toString(), "help").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("run --tenant");
    }

    /** The README's main command, {@code java -jar target/...-cli.jar demo}: the jar given by a relative path. */
    @Test
    void shouldRunTheDemoFromTheCommandLineJarGivenByARelativePath(@TempDir Path history) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        Path relativeJar = here.relativize(cli.toAbsolutePath());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                relativeJar.toString(), "demo", "--history", history.toString()).directory(here.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as(out).doesNotContain("ClassNotFoundException")
                .contains("System tests Initech (initech) / booking-api: INFRA_ERROR")
                .contains("System tests Globex Corporation (globex) / booking-api: FAILED")
                .contains("4 passed, 1 failed, 2 errors, 1 skipped, 1 flaky");
    }

    private static boolean isJenkinsClass(String entry) {
        return entry.endsWith(".class") && JENKINS_PACKAGES.stream().anyMatch(entry::startsWith);
    }

    private static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile f = new JarFile(jar.toFile())) {
            f.stream().map(JarEntry::getName).forEach(names::add);
        }
        return names;
    }

    private static Map<String, byte[]> innerJar() throws IOException {
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (JarFile jar = new JarFile(hpi.toFile());
             InputStream in = jar.getInputStream(jar.getEntry("WEB-INF/lib/" + SHORT_NAME + ".jar"));
             JarInputStream inner = new JarInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
            Manifest manifest = inner.getManifest();
            assertThat(manifest).isNotNull();
            for (JarEntry e = inner.getNextJarEntry(); e != null; e = inner.getNextJarEntry()) {
                content.put(e.getName(), inner.readAllBytes());
            }
        }
        return content;
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }
}
