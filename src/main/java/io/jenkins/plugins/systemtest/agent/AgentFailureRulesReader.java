package io.jenkins.plugins.systemtest.agent;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.systemtest.engine.analysis.LoadedRules;
import io.jenkins.plugins.systemtest.engine.analysis.RulesFileException;
import jenkins.MasterToSlaveFileCallable;

import java.io.File;

/**
 * Reads the team's failure rules file on the agent, from the workspace, and returns its text; the rules are parsed
 * on the controller.
 */
public final class AgentFailureRulesReader extends MasterToSlaveFileCallable<String> {

    private static final long serialVersionUID = 1L;

    private final String path;

    /** A reader of this file, relative to the workspace. */
    public AgentFailureRulesReader(String path) {
        this.path = path;
    }

    /**
     * The file's text.
     *
     * @throws RulesFileException naming the file when the path leaves the workspace (also through a link), or the
     *                            file is missing, too large or unreadable
     */
    @Override
    public String invoke(File workspace, VirtualChannel channel) {
        return LoadedRules.readText(workspace.toPath(), path);
    }
}
