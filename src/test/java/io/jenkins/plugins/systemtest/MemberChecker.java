package io.jenkins.plugins.systemtest;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the public and protected constructors, methods and fields of a declared class with the real ones:
 * same erased parameter and return types, access, static, abstract, final, default and checked exceptions.
 */
final class MemberChecker {
    private final Set<String> uncheckedForeign;
    private final ClassLoader loader;

    MemberChecker(Set<String> uncheckedForeign, ClassLoader loader) {
        this.uncheckedForeign = uncheckedForeign;
        this.loader = loader;
    }

    /** The members of {@code declared} that other classes can link against, read by reflection. */
    static List<ApiMember> declaredMembers(Class<?> declared) {
        List<ApiMember> members = new ArrayList<>();
        for (Constructor<?> constructor : declared.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                members.add(new ApiMember(ApiMember.Kind.CONSTRUCTOR, "<init>", access(constructor.getModifiers()),
                        false, false, false, false, parameters(constructor), "", checkedExceptions(constructor)));
            }
        }
        for (Method method : declared.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            if (visible(modifiers) && !method.isSynthetic() && !method.isBridge()) {
                members.add(new ApiMember(ApiMember.Kind.METHOD, method.getName(), access(modifiers),
                        Modifier.isStatic(modifiers), Modifier.isAbstract(modifiers), Modifier.isFinal(modifiers),
                        method.isDefault(), parameters(method), method.getReturnType().getTypeName(),
                        checkedExceptions(method)));
            }
        }
        for (Field field : declared.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (visible(modifiers) && !field.isSynthetic()) {
                members.add(new ApiMember(ApiMember.Kind.FIELD, field.getName(), access(modifiers),
                        Modifier.isStatic(modifiers), false, Modifier.isFinal(modifiers), false, List.of(),
                        field.getType().getTypeName(), List.of()));
            }
        }
        return members;
    }

    /** The erased name of a reflected type, as javac erases it for a descriptor. */
    static String erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c.getTypeName();
        }
        if (type instanceof ParameterizedType p) {
            return erasure(p.getRawType());
        }
        if (type instanceof TypeVariable<?> v) {
            return erasure(v.getBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return erasure(a.getGenericComponentType()) + "[]";
        }
        return "java.lang.Object";
    }

    /** Adds one problem per member of {@code declared} that is missing from, or differs from, {@code real}. */
    void check(Class<?> declared, ApiType real, List<String> problems) {
        Map<String, List<ApiMember>> realByKey = new LinkedHashMap<>();
        for (ApiMember member : real.members()) {
            realByKey.computeIfAbsent(member.key(), k -> new ArrayList<>()).add(member);
        }
        for (ApiMember member : declaredMembers(declared)) {
            String where = declared.getName() + "." + member.key();
            List<ApiMember> candidates = realByKey.get(member.key());
            if (candidates == null) {
                problems.add(where + ": no such " + member.kind().name().toLowerCase() + " in the real class");
                continue;
            }
            ApiMember match = candidates.stream().filter(c -> c.type().equals(member.type())).findFirst()
                    .orElse(null);
            if (match == null) {
                problems.add(where + ": " + (member.kind() == ApiMember.Kind.FIELD ? "type " : "return type ")
                        + member.type() + ", real " + String.join(" or ", candidates.stream().map(ApiMember::type)
                        .toList()));
                continue;
            }
            compare(where, member, match, problems);
        }
    }

    private void compare(String where, ApiMember declared, ApiMember real, List<String> problems) {
        if (!declared.access().equals(real.access())) {
            problems.add(where + ": access " + declared.access() + ", real " + real.access());
        }
        flag(where, "static", declared.isStatic(), real.isStatic(), problems);
        flag(where, "abstract", declared.isAbstract(), real.isAbstract(), problems);
        flag(where, "final", declared.isFinal(), real.isFinal(), problems);
        flag(where, "default", declared.isDefault(), real.isDefault(), problems);
        Set<String> declaredExceptions = new TreeSet<>(declared.exceptions());
        Set<String> realExceptions = new TreeSet<>();
        for (String exception : real.exceptions()) {
            if (isChecked(exception)) {
                realExceptions.add(exception);
            }
        }
        if (!declaredExceptions.equals(realExceptions)) {
            problems.add(where + ": checked exceptions " + declaredExceptions + ", real " + realExceptions);
        }
    }

    static void flag(String where, String what, boolean declared, boolean real, List<String> problems) {
        if (declared != real) {
            problems.add(where + ": " + what + " differs (declared " + declared + ", real " + real + ")");
        }
    }

    private boolean isChecked(String exception) {
        if (uncheckedForeign.contains(exception)) {
            return false;
        }
        try {
            Class<?> type = Class.forName(exception, false, loader);
            return !RuntimeException.class.isAssignableFrom(type) && !Error.class.isAssignableFrom(type);
        } catch (ClassNotFoundException e) {
            return true; // unknown: a declaration must list it, so the mismatch shows up
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String access(int modifiers) {
        return Modifier.isPublic(modifiers) ? "public" : "protected";
    }

    private static List<String> parameters(Executable executable) {
        List<String> names = new ArrayList<>();
        for (Class<?> parameter : executable.getParameterTypes()) {
            names.add(parameter.getTypeName());
        }
        return names;
    }

    private static List<String> checkedExceptions(Executable executable) {
        List<String> names = new ArrayList<>();
        for (Class<?> exception : executable.getExceptionTypes()) {
            if (!RuntimeException.class.isAssignableFrom(exception) && !Error.class.isAssignableFrom(exception)) {
                names.add(exception.getName());
            }
        }
        return names;
    }
}
