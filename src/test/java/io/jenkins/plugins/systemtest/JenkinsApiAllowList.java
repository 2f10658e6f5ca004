package io.jenkins.plugins.systemtest;

import java.util.Map;
import java.util.Set;

/**
 * The deliberate exceptions to "every declaration is in signatures.txt and keeps its real superclass", each with
 * the reason it is safe.
 *
 * @param unlisted             declared types that exist in Jenkins (classes.txt) but have no javap section, with
 *                             the only members they may declare (which nothing here can confirm)
 * @param droppedSuperclasses  declared classes whose real superclass is replaced by Object
 * @param uncheckedForeign     exception types that real signatures throw, that are not on the test class path,
 *                             and that are unchecked (so a declaration need not list them)
 */
record JenkinsApiAllowList(Map<String, Unlisted> unlisted, Map<String, String> droppedSuperclasses,
        Set<String> uncheckedForeign) {

    /** Why an unlisted type is declared and which member keys it may declare. */
    record Unlisted(String reason, Set<String> members) {
    }

    /** The allow-list of the declarations in src/jenkins-api/java. */
    static JenkinsApiAllowList standard() {
        return new JenkinsApiAllowList(Map.of(
                "hudson.model.AbstractItem", new Unlisted("the real superclass of Job (named in Job's javap); through"
                        + " Item it gives Job getFullName(), getUrl(), getRootDir() and the permission checks",
                        Set.of("<init>(hudson.model.ItemGroup,java.lang.String)")),
                "hudson.model.AbstractModelObject", new Unlisted("the real superclass of Actionable, Api and Node",
                        Set.of("<init>()")),
                "hudson.model.PersistenceRoot", new Unlisted("a real superinterface of Item and Run; declares the"
                        + " getRootDir() the glue calls on a job", Set.of("getRootDir()")),
                "org.jenkinsci.remoting.RoleSensitive", new Unlisted("a real superinterface of FilePath$FileCallable",
                        Set.of("checkRoles(org.jenkinsci.remoting.RoleChecker)")),
                "org.jenkinsci.remoting.RoleChecker", new Unlisted("the parameter type of RoleSensitive.checkRoles",
                        Set.of("<init>()")),
                "jenkins.agents.ControllerToAgentFileCallable", new Unlisted("the real interface of"
                        + " MasterToSlaveFileCallable; its default checkRoles is what glue callables inherit",
                        Set.of("checkRoles(org.jenkinsci.remoting.RoleChecker)")),
                "org.jenkinsci.plugins.workflow.actions.PersistentAction", new Unlisted("the real interface of"
                        + " WarningAction and LabelAction (a marker)", Set.of()),
                "hudson.util.ListBoxModel$Option", new Unlisted("the element type of ListBoxModel; type only, final"
                        + " with a private constructor", Set.of())),
                Map.of(
                        "jenkins.model.Jenkins", "AbstractCIBase brings Node, ItemGroup and ViewGroup; the glue only"
                                + " calls Jenkins.get() and the instance methods declared on Jenkins itself",
                        "hudson.tasks.junit.JUnitResultArchiver", "Recorder brings the BuildStep/Publisher"
                                + " hierarchy; the glue only calls the static parseAndSummarize"),
                Set.of("org.springframework.security.access.AccessDeniedException"));
    }
}
