package io.jenkins.plugins.systemtest.dashboard;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.listeners.ItemListener;
import hudson.model.listeners.RunListener;
import jenkins.model.Jenkins;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The Jenkins events that change the dashboard summary. None of them ever throws. */
public final class DashboardListeners {

    private static final Logger LOGGER = Logger.getLogger(DashboardListeners.class.getName());

    private DashboardListeners() {
    }

    /** All items loaded: compute the summary. A job or folder deleted, renamed or moved: follow it. */
    @Extension
    public static class Items extends ItemListener {

        @Override
        public void onLoaded() {
            try {
                DashboardService.get().openInBackground(Jenkins.get().getItems());
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "System test dashboard: cannot walk the jobs", e);
            }
        }

        @Override
        public void onDeleted(Item item) {
            try {
                DashboardService.get().deleted(item.getFullName());
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "System test dashboard: cannot forget " + item.getFullName(), e);
            }
        }

        @Override
        public void onLocationChanged(Item item, String oldFullName, String newFullName) {
            try {
                DashboardService.get().moved(oldFullName, newFullName);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "System test dashboard: cannot follow " + oldFullName, e);
            }
        }
    }

    /** A build deleted: its runs leave the summary. */
    @Extension
    public static class Runs extends RunListener<Run> {

        public Runs() {
            super(Run.class);
        }

        @Override
        public void onDeleted(Run run) {
            try {
                DashboardService.get().buildDeleted(run);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "System test dashboard: cannot remove a deleted build", e);
            }
        }
    }
}
