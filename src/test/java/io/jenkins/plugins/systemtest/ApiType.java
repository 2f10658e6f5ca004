package io.jenkins.plugins.systemtest;

import java.util.List;
import java.util.Set;

/**
 * One class of the Jenkins API as {@code javap} describes it, with every type already erased.
 *
 * @param superclass null for interfaces and annotations
 * @param retention  the {@code @Retention} policy, null when the class carries none
 * @param targets    the {@code @Target} element types, null when the class carries none
 */
record ApiType(String name, Kind kind, boolean isPublic, boolean isAbstract, boolean isFinal, String superclass,
        List<String> interfaces, List<String> typeParameterBounds, List<String> typeParameterNames,
        List<ApiMember> members, Set<String> annotations, String retention, Set<String> targets) {

    /** What sort of type it is. */
    enum Kind { CLASS, INTERFACE, ENUM, ANNOTATION }
}
