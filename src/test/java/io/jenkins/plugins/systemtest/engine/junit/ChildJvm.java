package io.jenkins.plugins.systemtest.engine.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link ParseMain} in a JVM of its own with the test class path and a given heap. */
final class ChildJvm {

    /** How the child ended. */
    record Outcome(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    static Outcome parse(String maxHeap, Path base, String pattern) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ParseMain.class.getName());
        cmd.add(base.toString());
        cmd.add(pattern);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out);
    }
}
