package io.jenkins.plugins.systemtest;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks compiled Jenkins API declarations against the real signatures: the class must exist, be the same kind
 * with the same modifiers, generic bounds, superclass and (a subset of the) interfaces, carry the real
 * annotations and declare only members that exist with the same linkage. All problems are collected.
 */
final class DeclarationChecker {
    private final Map<String, ApiType> real;
    private final Set<String> existing;
    private final JenkinsApiAllowList allowList;
    private final MemberChecker memberChecker;
    private final ClassLoader loader;

    DeclarationChecker(Map<String, ApiType> real, Set<String> existing, JenkinsApiAllowList allowList,
            ClassLoader loader) {
        this.real = real;
        this.existing = existing;
        this.allowList = allowList;
        this.loader = loader;
        this.memberChecker = new MemberChecker(allowList.uncheckedForeign(), loader);
    }

    /** Every problem of every declared class, one line each. */
    List<String> check(Collection<Class<?>> declared) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : declared) {
            ApiType realType = real.get(type.getName());
            if (realType == null) {
                checkUnlisted(type, problems);
            } else {
                checkShape(type, realType, problems);
                memberChecker.check(type, realType, problems);
                checkAnnotations(type, realType, problems);
            }
        }
        return problems;
    }

    /** Allow-list entries that no longer match the declarations (so the list cannot rot). */
    List<String> staleAllowListEntries(Collection<Class<?>> declared) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        declared.forEach(type -> byName.put(type.getName(), type));
        List<String> problems = new ArrayList<>();
        allowList.unlisted().forEach((name, entry) -> {
            Class<?> type = byName.get(name);
            if (real.containsKey(name)) {
                problems.add("allow-list: " + name + " is in signatures.txt; remove it from the allow-list");
            } else if (type == null) {
                problems.add("allow-list: " + name + " is not declared any more");
            } else {
                Set<String> keys = new TreeSet<>();
                MemberChecker.declaredMembers(type).forEach(member -> keys.add(member.key()));
                entry.members().stream().filter(key -> !keys.contains(key))
                        .forEach(key -> problems.add("allow-list: " + name + "." + key + " is not declared"));
            }
        });
        allowList.droppedSuperclasses().keySet().forEach(name -> {
            Class<?> type = byName.get(name);
            if (type == null) {
                problems.add("allow-list: " + name + " (dropped superclass) is not declared any more");
            } else if (type.getSuperclass() != Object.class) {
                problems.add("allow-list: " + name + " keeps a superclass; remove its dropped-superclass entry");
            }
        });
        return problems;
    }

    private void checkUnlisted(Class<?> type, List<String> problems) {
        String name = type.getName();
        JenkinsApiAllowList.Unlisted entry = allowList.unlisted().get(name);
        if (!existing.contains(name)) {
            problems.add(name + ": does not exist in Jenkins (not in classes.txt)");
        } else if (entry == null) {
            problems.add(name + ": not in signatures.txt and not on the allow-list");
        } else {
            for (ApiMember member : MemberChecker.declaredMembers(type)) {
                if (!entry.members().contains(member.key())) {
                    problems.add(name + "." + member.key() + ": member of an allow-listed type that"
                            + " signatures.txt cannot confirm");
                }
            }
        }
    }

    private void checkShape(Class<?> type, ApiType realType, List<String> problems) {
        String name = type.getName();
        ApiType.Kind kind = type.isAnnotation() ? ApiType.Kind.ANNOTATION : type.isInterface()
                ? ApiType.Kind.INTERFACE : type.isEnum() ? ApiType.Kind.ENUM : ApiType.Kind.CLASS;
        if (kind != realType.kind()) {
            problems.add(name + ": declared as " + kind + ", real is " + realType.kind());
        }
        int modifiers = type.getModifiers();
        MemberChecker.flag(name, "public", Modifier.isPublic(modifiers), realType.isPublic(), problems);
        if (!type.isInterface()) {
            MemberChecker.flag(name, "abstract", Modifier.isAbstract(modifiers), realType.isAbstract(), problems);
            MemberChecker.flag(name, "final", Modifier.isFinal(modifiers), realType.isFinal(), problems);
            String superclass = type.getSuperclass().getName();
            boolean dropped = superclass.equals("java.lang.Object")
                    && allowList.droppedSuperclasses().containsKey(name);
            if (!superclass.equals(realType.superclass()) && !dropped) {
                problems.add(name + ": superclass " + superclass + ", real " + realType.superclass());
            }
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (!realType.interfaces().contains(implemented.getName())) {
                problems.add(name + ": implements " + implemented.getName()
                        + ", which is not a direct supertype of the real class " + realType.interfaces());
            }
        }
        TypeVariable<?>[] variables = type.getTypeParameters();
        if (variables.length != realType.typeParameterBounds().size()) {
            problems.add(name + ": " + variables.length + " type parameters, real "
                    + realType.typeParameterBounds().size());
            return;
        }
        for (int i = 0; i < variables.length; i++) {
            String bound = MemberChecker.erasure(variables[i].getBounds()[0]);
            if (!bound.equals(realType.typeParameterBounds().get(i))) {
                problems.add(name + ": type parameter " + variables[i].getName() + " bound " + bound + ", real "
                        + realType.typeParameterBounds().get(i));
            }
        }
    }

    private void checkAnnotations(Class<?> type, ApiType realType, List<String> problems) {
        String name = type.getName();
        Set<String> declared = new TreeSet<>();
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            declared.add(annotation.annotationType().getName());
        }
        for (String annotation : declared) {
            if (!realType.annotations().contains(annotation)) {
                problems.add(name + ": annotation " + annotation + " is not on the real class");
            }
        }
        for (String annotation : realType.annotations()) {
            if (!declared.contains(annotation) && visibleAtRunTime(annotation)) {
                problems.add(name + ": real annotation " + annotation + " is missing");
            }
        }
        if (type.isAnnotation()) {
            Retention retention = type.getAnnotation(Retention.class);
            String declaredRetention = (retention == null ? RetentionPolicy.CLASS : retention.value()).name();
            String realRetention = realType.retention() == null ? "CLASS" : realType.retention();
            if (!declaredRetention.equals(realRetention)) {
                problems.add(name + ": @Retention " + declaredRetention + ", real " + realRetention);
            }
            Target target = type.getAnnotation(Target.class);
            Set<String> declaredTargets = target == null ? null : new TreeSet<>();
            if (target != null) {
                for (ElementType element : target.value()) {
                    declaredTargets.add(element.name());
                }
            }
            Set<String> realTargets = realType.targets() == null ? null : new TreeSet<>(realType.targets());
            if (!java.util.Objects.equals(declaredTargets, realTargets)) {
                problems.add(name + ": @Target " + declaredTargets + ", real " + realTargets);
            }
            Set<String> elements = new TreeSet<>();
            MemberChecker.declaredMembers(type).forEach(member -> elements.add(member.name()));
            realType.members().stream().filter(ApiMember::isAbstract).map(ApiMember::name)
                    .filter(element -> !elements.contains(element))
                    .forEach(element -> problems.add(name + ": annotation element " + element + "() is missing"));
        }
    }

    /** Whether reflection on a declaration could see this annotation (it is on the class path and RUNTIME). */
    private boolean visibleAtRunTime(String annotation) {
        try {
            Class<?> type = Class.forName(annotation, false, loader);
            Retention retention = type.getAnnotation(Retention.class);
            return retention != null && retention.value() == RetentionPolicy.RUNTIME;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
