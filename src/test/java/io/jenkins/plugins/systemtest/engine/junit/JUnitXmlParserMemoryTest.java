package io.jenkins.plugins.systemtest.engine.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Memory stays flat however large a file is: a 200 MB file parsed in a JVM with a 64 MB heap. */
class JUnitXmlParserMemoryTest {

    @TempDir
    Path dir;

    @Test
    void shouldParseA200MegabyteFileWithin64MegabytesOfHeap() throws Exception {
        JUnitFileGenerator.Generated g = JUnitFileGenerator.write(dir.resolve("TEST-big.xml"), 30_000_000L,
                100_000_000L, 80_000_000L);
        assertThat(Files.size(dir.resolve("TEST-big.xml"))).isGreaterThan(200_000_000L);

        ChildJvm.Outcome child = ChildJvm.parse("64m", dir, "*.xml");

        assertThat(child.exitCode()).as(child.output()).isZero();
        assertThat(child.output()).startsWith("tests=" + g.tests() + " failed=" + g.failures() + " errors="
                + g.errors() + " skipped=" + g.skipped() + " problems=0 ")
                .contains("omitted=true");
        long limit = OutputLimits.DEFAULT.headChars() + OutputLimits.DEFAULT.tailChars() + 64;
        long longest = Long.parseLong(child.output().replaceAll("(?s).*longest=(\\d+).*", "$1"));
        assertThat(longest).isLessThanOrEqualTo(limit);
    }
}
