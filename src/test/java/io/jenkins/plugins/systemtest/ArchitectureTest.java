package io.jenkins.plugins.systemtest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine knows nothing of Jenkins: everything Jenkins-specific lives in the thin glue. */
@AnalyzeClasses(packages = "io.jenkins.plugins.systemtest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule shouldKeepTheEngineFreeOfJenkins = noClasses()
            .that().resideInAPackage("io.jenkins.plugins.systemtest.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..",
                    "org.jenkinsci..", "net.sf.json..", "javax.servlet..", "jakarta.servlet..")
            .because("the engine runs outside Jenkins (command line) and is tested without it");

    @ArchTest
    static final ArchRule shouldNotLetTheEngineCallTheGlue = noClasses()
            .that().resideInAPackage("io.jenkins.plugins.systemtest.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("io.jenkins.plugins.systemtest", "io.jenkins.plugins.systemtest.step..", "io.jenkins.plugins.systemtest.publish..", "io.jenkins.plugins.systemtest.agent..", "io.jenkins.plugins.systemtest.pages..", "io.jenkins.plugins.systemtest.history..", "io.jenkins.plugins.systemtest.dashboard..")
            .because("the glue sits on top of the engine, never the reverse");
}
