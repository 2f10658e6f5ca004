package io.jenkins.plugins.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks every class compiled from src/jenkins-api/java against {@code javap} of the real Jenkins classes
 * (shared/jenkins-api/signatures.txt), and that the check catches wrong declarations.
 */
class JenkinsApiDeclarationsTest {

    @Test
    void shouldMatchEveryDeclaredClassToTheRealJenkinsApi() throws IOException {
        Path shared = SharedJenkinsApi.directory();
        ClassLoader loader = getClass().getClassLoader();
        List<Class<?>> declared = SharedJenkinsApi.loadAll(SharedJenkinsApi.declarationClasses(), loader);
        assertThat(declared).extracting(Class::getName).contains("hudson.Extension", "hudson.model.Run",
                "org.jenkinsci.plugins.workflow.steps.Step", "hudson.tasks.junit.JUnitResultArchiver");

        DeclarationChecker checker = checker(shared, loader);
        List<String> problems = new ArrayList<>(checker.check(declared));
        problems.addAll(checker.staleAllowListEntries(declared));

        if (!problems.isEmpty()) {
            fail(problems.size() + " mismatch(es) between src/jenkins-api/java and "
                    + shared.resolve(SharedJenkinsApi.SIGNATURES) + ":\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void shouldReportEveryMistakeOfDeliberatelyWrongDeclarations(@TempDir Path out) throws Exception {
        compile(resource("jenkins-api/wrong-declarations"), out, SharedJenkinsApi.declarationClasses());

        List<String> problems;
        try (URLClassLoader loader = SharedJenkinsApi.childFirst(out, getClass().getClassLoader())) {
            problems = checker(SharedJenkinsApi.directory(), loader).check(SharedJenkinsApi.loadAll(out, loader));
        }

        assertThat(problems).contains(
                "hudson.model.Result: final differs (declared false, real true)",
                "hudson.model.Result.<init>(): no such constructor in the real class",
                "hudson.model.Result.SUCCESS: final differs (declared false, real true)",
                "hudson.model.Result.isWorseThan(java.lang.Object): no such method in the real class",
                "hudson.model.Result.isBetterOrEqualTo(hudson.model.Result): return type int, real boolean",
                "hudson.ExtensionPoint: declared as CLASS, real is INTERFACE",
                "hudson.FilePath.exists(): checked exceptions [], real [java.io.IOException,"
                        + " java.lang.InterruptedException]",
                "hudson.FilePath.getRemote(): static differs (declared true, real false)",
                "hudson.Launcher.<init>(hudson.model.TaskListener,hudson.remoting.VirtualChannel): access public,"
                        + " real protected",
                "hudson.AbortException: superclass java.lang.Exception, real java.io.IOException",
                "hudson.model.Descriptor: type parameter T bound java.lang.Object, real hudson.model.Describable",
                "hudson.model.InvisibleAction: implements java.io.Serializable, which is not a direct supertype of"
                        + " the real class [hudson.model.Action]",
                "hudson.model.Cause: real annotation org.kohsuke.stapler.export.ExportedBean is missing",
                "hudson.model.PersistenceRoot.getFullName(): member of an allow-listed type that signatures.txt cannot"
                        + " confirm",
                "hudson.model.Imaginary: does not exist in Jenkins (not in classes.txt)",
                "hudson.model.Hudson: not in signatures.txt and not on the allow-list",
                "org.kohsuke.stapler.DataBoundConstructor: @Retention CLASS, real RUNTIME",
                "org.kohsuke.stapler.DataBoundConstructor: @Target [METHOD], real [CONSTRUCTOR]",
                "org.kohsuke.stapler.DataBoundConstructor: real annotation java.lang.annotation.Documented is"
                        + " missing",
                "org.kohsuke.stapler.QueryParameter: annotation element required() is missing",
                "org.kohsuke.stapler.QueryParameter: annotation element fixEmpty() is missing",
                "org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback$TailCall.<init>("
                        + "org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback): no such constructor in the"
                        + " real class");
        assertThat(problems).noneMatch(problem -> problem.startsWith("hudson.model.BuildListener"));
    }

    @Test
    void shouldEraseGenericSignaturesTheWayTheJvmLinksThem() {
        Map<String, String> runVariables = JavapTypes.typeParameters(
                "JobT extends hudson.model.Job<JobT, RunT>, RunT extends hudson.model.Run<JobT, RunT>");

        ApiMember getAction = JavapSignatures.parseMember(
                "public <T extends hudson.model.Action> T getAction(java.lang.Class<T>);", Map.of(), "x");
        ApiMember getParent = JavapSignatures.parseMember("public JobT getParent();", runVariables, "x");
        ApiMember artifacts = JavapSignatures.parseMember(
                "public java.util.List<hudson.model.Run<JobT, RunT>.Artifact> getArtifactsUpTo(int);",
                runVariables, "x");
        ApiMember call = JavapSignatures.parseMember("public abstract <V, T extends java.lang.Throwable> V"
                + " call(hudson.remoting.Callable<V, T>) throws java/io/IOException, T;", Map.of(), "x");
        ApiMember varargs = JavapSignatures.parseMember(
                "public static <T> java.util.List<T> join(java.util.Collection<? extends T>...);", Map.of(), "x");

        assertThat(getAction.type()).isEqualTo("hudson.model.Action");
        assertThat(getAction.key()).isEqualTo("getAction(java.lang.Class)");
        assertThat(getParent.type()).isEqualTo("hudson.model.Job");
        assertThat(artifacts.type()).isEqualTo("java.util.List");
        assertThat(JavapTypes.erase("hudson.model.Run<JobT, RunT>.Artifact", runVariables))
                .isEqualTo("hudson.model.Run$Artifact");
        assertThat(call.type()).isEqualTo("java.lang.Object");
        assertThat(call.exceptions()).containsExactly("java.io.IOException", "java.lang.Throwable");
        assertThat(varargs.key()).isEqualTo("join(java.util.Collection[])");
    }

    @Test
    void shouldNameFileAndLineOfAMalformedSection(@TempDir Path dir) throws IOException {
        Path signatures = dir.resolve(SharedJenkinsApi.SIGNATURES);
        Files.writeString(signatures, "### hudson.Fine\npublic class hudson.Fine {\n}\n\n"
                + "### hudson.Broken\npublic class hudson.Broken {\n  public void x();\n");

        assertThatThrownBy(() -> JavapSignatures.parse(signatures))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(signatures + ":6:")
                .hasMessageContaining("hudson.Broken has no closing '}'");
    }

    @Test
    void shouldFailClearlyWhenTheRealSignaturesCannotBeFound(@TempDir Path dir) {
        assertThatThrownBy(() -> SharedJenkinsApi.locate(dir.resolve("missing").toString(),
                dir.resolve("project/module")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("signatures.txt")
                .hasMessageContaining(dir.resolve("missing").toString())
                .hasMessageContaining("sharedJenkinsApi");
    }

    private static DeclarationChecker checker(Path shared, ClassLoader loader) throws IOException {
        return new DeclarationChecker(JavapSignatures.parse(shared.resolve(SharedJenkinsApi.SIGNATURES)),
                JavapSignatures.classNames(shared.resolve("classes.txt")), JenkinsApiAllowList.standard(), loader);
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getClassLoader().getResource(name).toURI());
    }

    private static void compile(Path sources, Path out, Path classPath) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath.toString(),
                "-proc:none", "-implicit:none"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exitCode = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        assertThat(exitCode).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }
}
