package io.jenkins.plugins.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.smoke.SmokeSizeCallable;
import io.jenkins.plugins.systemtest.smoke.SmokeStep;
import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import net.java.sezpoz.Indexable;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.DataBoundConstructor;

/** Compiles and runs a little test-only glue (package smoke) against the Jenkins API declarations. */
class JenkinsApiSmokeTest {

    @Test
    void shouldDeclareExtensionAsARuntimeSezPozIndexableWithTheRealDefaults() throws Exception {
        assertThat(Extension.class.getAnnotation(Indexable.class)).isNotNull();
        assertThat(Extension.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        assertThat(Extension.class.getAnnotation(Target.class).value())
                .containsExactlyInAnyOrder(ElementType.TYPE, ElementType.FIELD, ElementType.METHOD);
        assertThat(Extension.class.isAnnotationPresent(Documented.class)).isTrue();
        assertThat(Extension.class.getMethod("ordinal").getDefaultValue()).isEqualTo(0.0);
        assertThat(Extension.class.getMethod("optional").getDefaultValue()).isEqualTo(false);
        assertThat(Extension.class.getMethod("dynamicLoadable").getDefaultValue()).isEqualTo(YesNoMaybe.MAYBE);
    }

    @Test
    void shouldIndexTheGlueDescriptorTheWayJenkinsReadsExtensions() throws Exception {
        List<String> indexed = new ArrayList<>();
        for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class,
                getClass().getClassLoader())) {
            indexed.add(item.className());
            if (item.className().equals(SmokeStep.DescriptorImpl.class.getName())) {
                assertThat(item.annotation().ordinal()).isEqualTo(0.0);
                assertThat(item.annotation().dynamicLoadable()).isEqualTo(YesNoMaybe.MAYBE);
            }
        }

        assertThat(indexed).contains(SmokeStep.DescriptorImpl.class.getName());
        assertThat(SmokeStep.DescriptorImpl.class.getAnnotation(Symbol.class).value()).containsExactly("smokeStep");
    }

    @Test
    void shouldKeepConstructorParameterNamesForStaplerBinding() {
        Constructor<?> constructor = SmokeStep.class.getConstructors()[0];

        assertThat(constructor.isAnnotationPresent(DataBoundConstructor.class)).isTrue();
        assertThat(constructor.getParameters()[0].isNamePresent()).isTrue();
        assertThat(constructor.getParameters()[0].getName()).isEqualTo("tenant");
    }

    @Test
    void shouldRunAGlueFileCallableOnARealFile(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("TEST-smoke.xml"), "<testsuite name=\"smoke\" tests=\"0\"/>");

        Long size = new SmokeSizeCallable().invoke(report.toFile(), null);

        assertThat(size).isEqualTo(Files.size(report));
    }

    @Test
    void shouldNeverCompileDeclarationsIntoThePluginOrTheTests() throws IOException, URISyntaxException {
        List<Path> outputs = List.of(codeSource(RunVerdict.class), codeSource(SmokeStep.class));
        List<String> leaked = new ArrayList<>();
        for (Path output : outputs) {
            for (String prefix : List.of("hudson", "jenkins", "org/kohsuke", "org/jenkinsci", "com/google",
                    "jakarta")) {
                Path dir = output.resolve(prefix);
                if (Files.exists(dir)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile).forEach(file -> leaked.add(file.toString()));
                    }
                }
            }
        }

        assertThat(leaked).as("Jenkins API declarations compiled into " + outputs).isEmpty();
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
