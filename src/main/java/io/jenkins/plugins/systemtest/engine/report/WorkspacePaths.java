package io.jenkins.plugins.systemtest.engine.report;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.io.IOException;
import java.nio.file.Path;

/** Keeps user-given paths inside the workspace. */
public final class WorkspacePaths {

    private WorkspacePaths() {
    }

    /**
     * Checks a user-given relative path: not empty, not absolute, no {@code ..} segment, no control characters.
     * Backslashes count as separators.
     *
     * @return the path with '/' separators and no leading "./"
     */
    public static String checkRelative(String field, String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidInputException(field, "is empty");
        }
        String p = path.strip().replace('\\', '/');
        if (p.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "'" + printable(p) + "' contains control characters");
        }
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            throw new InvalidInputException(field, "'" + p + "' must be relative to the workspace, not absolute");
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                throw new InvalidInputException(field, "'" + p + "' must not contain '..': it has to stay inside the "
                        + "workspace");
            }
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.isEmpty() ? "." : p;
    }

    /**
     * Whether {@code candidate}, with every symbolic link resolved, lies inside {@code base} (also resolved).
     * A path that does not exist is not inside.
     */
    public static boolean isInside(Path base, Path candidate) {
        try {
            Path realBase = base.toRealPath();
            Path real = candidate.toRealPath();
            return real.startsWith(realBase);
        } catch (IOException e) {
            return false;
        }
    }

    /** The text with control characters shown as escapes, for messages. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
