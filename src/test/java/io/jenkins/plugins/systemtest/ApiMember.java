package io.jenkins.plugins.systemtest;

import java.util.List;

/**
 * One constructor, method or field, with erased types, as javap prints it or as reflection reads it.
 *
 * @param name       {@code <init>} for constructors
 * @param type       the return type of a method or the type of a field; empty for constructors
 * @param exceptions the checked exceptions (erased), in no particular order
 */
record ApiMember(Kind kind, String name, String access, boolean isStatic, boolean isAbstract, boolean isFinal,
        boolean isDefault, List<String> parameters, String type, List<String> exceptions) {

    /** What sort of member it is. */
    enum Kind { CONSTRUCTOR, METHOD, FIELD }

    /** How the JVM finds the member: name and erased parameter types (fields by name). */
    String key() {
        return kind == Kind.FIELD ? name : name + "(" + String.join(",", parameters) + ")";
    }
}
