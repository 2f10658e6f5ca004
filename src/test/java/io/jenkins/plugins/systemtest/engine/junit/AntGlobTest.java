package io.jenkins.plugins.systemtest.engine.junit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AntGlobTest {

    private static List<String> p(String path) {
        return List.of(path.split("/"));
    }

    @Test
    void shouldMatchDoubleStarAsAnyNumberOfFolders() {
        AntGlob g = AntGlob.compile("build/**/TEST-*.xml");

        assertThat(g.matches(p("build/TEST-a.xml"))).isTrue();
        assertThat(g.matches(p("build/x/y/z/TEST-a.xml"))).isTrue();
        assertThat(g.matches(p("other/TEST-a.xml"))).isFalse();
        assertThat(g.matches(p("build/x/TEST-a.txt"))).isFalse();
        assertThat(g.couldMatchBelow(p("build/x"))).isTrue();
        assertThat(g.couldMatchBelow(p("other"))).isFalse();
    }

    @Test
    void shouldCollapseRepeatedDoubleStarsAndDots() {
        AntGlob g = AntGlob.compile("./**/**/a/**/*.xml");

        assertThat(g.matches(p("a/b.xml"))).isTrue();
        assertThat(g.matches(p("x/a/y/b.xml"))).isTrue();
        assertThat(g.matches(p("x/y/b.xml"))).isFalse();
    }

    @Test
    void shouldMatchStarsAndQuestionMarksWithinASegment() {
        assertThat(AntGlob.segmentMatches("TEST-*.xml", "TEST-com.acme.A.xml")).isTrue();
        assertThat(AntGlob.segmentMatches("*-*-*.xml", "a-b-c.xml")).isTrue();
        assertThat(AntGlob.segmentMatches("*-*-*.xml", "a-b.xml")).isFalse();
        assertThat(AntGlob.segmentMatches("?.xml", "ab.xml")).isFalse();
        assertThat(AntGlob.segmentMatches("*", "")).isTrue();
        assertThat(AntGlob.segmentMatches("a*b*c", "aXbYbZc")).isTrue();
    }

    @Test
    void shouldStayFastOnPathologicalPatterns() {
        AntGlob g = AntGlob.compile("**/*a*a*a*a*a*a*a*a*a*a*b/**/**/*a*a*a*a*b");
        String seg = "a".repeat(60);

        assertThat(g.matches(p(String.join("/", java.util.Collections.nCopies(30, seg))))).isFalse();
    }
}
