package io.jenkins.plugins.systemtest.dashboard;

import hudson.model.AbstractItem;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.Permission;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Jobs, folders and builds for tests of the dashboard's glue, on the Jenkins API declarations: names, a root
 * directory and a permission answer for the current user. Like real Jenkins, a folder's {@code getItems()} leaves
 * out the items the user cannot read only when asked to; the glue must check Item.READ itself either way.
 */
final class Fakes {

    private Fakes() {
    }

    /** A job with a full name, a root directory and whether the user may read it. */
    static final class FakeJob extends Job<FakeJob, FakeRun> {
        private final String fullName;
        private final File root;
        private final boolean readable;

        FakeJob(String fullName, File root, boolean readable) {
            super(null, fullName.substring(fullName.lastIndexOf('/') + 1));
            this.fullName = fullName;
            this.root = root;
            this.readable = readable;
        }

        @Override
        public boolean hasPermission(Permission permission) {
            return readable;
        }

        @Override
        public String getFullName() {
            return fullName;
        }

        @Override
        public String getDisplayName() {
            return fullName.substring(fullName.lastIndexOf('/') + 1);
        }

        @Override
        public String getUrl() {
            return "job/" + fullName.replace("/", "/job/") + "/";
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

    /** A folder (or a multibranch project): an item that holds items. */
    static final class FakeFolder extends AbstractItem implements ItemGroup<Item> {
        private final String fullName;
        private final boolean readable;
        private final List<Item> items = new ArrayList<>();

        FakeFolder(String fullName, boolean readable, Item... items) {
            super(null, fullName);
            this.fullName = fullName;
            this.readable = readable;
            this.items.addAll(List.of(items));
        }

        @Override
        public Collection<Item> getItems() {
            return items;
        }

        @Override
        public boolean hasPermission(Permission permission) {
            return readable;
        }

        @Override
        public String getFullName() {
            return fullName;
        }

        @Override
        public String getDisplayName() {
            return fullName;
        }

        @Override
        public String getUrl() {
            return "job/" + fullName + "/";
        }

        @Override
        public File getRootDir() {
            return new File("/nonexistent");
        }

        @Override
        public void save() {
        }

        @Override
        public ACL getACL() {
            return null;
        }
    }

    /** A build: a number and a job. */
    static final class FakeRun extends Run<FakeJob, FakeRun> {
        private final FakeJob job;
        private final int number;

        FakeRun(FakeJob job, int number) throws IOException {
            super(job);
            this.job = job;
            this.number = number;
        }

        @Override
        public FakeJob getParent() {
            return job;
        }

        @Override
        public int getNumber() {
            return number;
        }

        @Override
        public ACL getACL() {
            return null;
        }
    }
}
