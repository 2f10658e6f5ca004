package io.jenkins.plugins.systemtest.pages;

import hudson.model.Job;
import hudson.security.ACL;
import hudson.security.Permission;

import java.io.File;

/**
 * A job for tests of the glue, on the Jenkins API declarations: a root directory and a permission answer. Real
 * Jenkins throws Spring's AccessDeniedException from checkPermission; this one throws {@link Denied}.
 */
final class FakeJob extends Job<FakeJob, FakeRun> {

    /** What checkPermission throws when the job does not let the reader in. */
    static final class Denied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Denied() {
            super("Item.READ is missing");
        }
    }

    private final File root;
    private final boolean readable;
    private int checks;

    FakeJob(File root, boolean readable) {
        super(null, "shop");
        this.root = root;
        this.readable = readable;
    }

    /** How often a permission was checked. */
    int permissionChecks() {
        return checks;
    }

    @Override
    public void checkPermission(Permission permission) {
        checks++;
        if (!readable) {
            throw new Denied();
        }
    }

    @Override
    public String getFullName() {
        return "team/shop";
    }

    @Override
    public String getDisplayName() {
        return "shop";
    }

    @Override
    public String getUrl() {
        return "job/team/job/shop/";
    }

    @Override
    public File getRootDir() {
        return root;
    }

    @Override
    public void save() {
    }

    @Override
    public ACL getACL() {
        return null;
    }
}
