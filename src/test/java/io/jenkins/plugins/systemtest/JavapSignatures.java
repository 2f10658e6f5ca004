package io.jenkins.plugins.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code signatures.txt} (sections of {@code ### class}, the {@code javap -protected} output and a
 * {@code // class annotations:} line) and {@code classes.txt} (one class name a line, {@code #} headers).
 */
final class JavapSignatures {
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "abstract", "default", "synchronized", "native", "transient", "volatile", "strictfp");
    private static final String ANNOTATIONS_PREFIX = "// class annotations:";
    private static final Pattern RETENTION = Pattern.compile("java\\.lang\\.annotation\\.Retention\\( value="
            + "Ljava/lang/annotation/RetentionPolicy;\\.(\\w+)");
    private static final Pattern TARGET = Pattern.compile("java\\.lang\\.annotation\\.Target\\( value=\\[([^\\]]*)]");
    private static final Pattern ELEMENT_TYPE = Pattern.compile("ElementType;\\.(\\w+)");
    private static final Pattern ANNOTATION_NAME = Pattern.compile("[A-Za-z_][\\w$]*(\\.[A-Za-z_][\\w$]*)+\\(?");

    private JavapSignatures() {
    }

    /** The class names listed in {@code classes.txt}. */
    static Set<String> classNames(Path classesTxt) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(classesTxt, StandardCharsets.UTF_8)) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every section of {@code signatures.txt} by class name; a malformed section fails naming file and line. */
    static Map<String, ApiType> parse(Path signaturesTxt) throws IOException {
        List<String> lines = Files.readAllLines(signaturesTxt, StandardCharsets.UTF_8);
        Map<String, ApiType> types = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("### ")) {
                i++;
                continue;
            }
            String name = lines.get(i).substring(4).trim();
            int headerLine = i + 2;
            if (i + 1 >= lines.size() || !lines.get(i + 1).endsWith("{")) {
                throw malformed(signaturesTxt, headerLine, "expected the class line of " + name);
            }
            String header = lines.get(i + 1);
            i += 2;
            List<String> memberLines = new ArrayList<>();
            List<Integer> memberLineNumbers = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).equals("}")) {
                memberLines.add(lines.get(i));
                memberLineNumbers.add(i + 1);
                i++;
            }
            if (i >= lines.size()) {
                throw malformed(signaturesTxt, headerLine, "section of " + name + " has no closing '}'");
            }
            i++;
            String annotations = "";
            if (i < lines.size() && lines.get(i).startsWith(ANNOTATIONS_PREFIX)) {
                annotations = lines.get(i).substring(ANNOTATIONS_PREFIX.length());
                i++;
            }
            try {
                types.putIfAbsent(name, parseType(name, header, memberLines, memberLineNumbers, annotations));
            } catch (RuntimeException e) {
                throw malformed(signaturesTxt, headerLine, e.getMessage());
            }
        }
        return types;
    }

    private static IllegalArgumentException malformed(Path file, int line, String message) {
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }

    private static ApiType parseType(String name, String header, List<String> memberLines,
            List<Integer> memberLineNumbers, String annotationLine) {
        String text = header.substring(0, header.length() - 1).trim();
        Set<String> modifiers = new LinkedHashSet<>();
        String rest = consumeModifiers(text, modifiers);
        boolean isInterface = rest.startsWith("interface ");
        if (!isInterface && !rest.startsWith("class ")) {
            throw new IllegalArgumentException("class line of " + name + " is neither a class nor an interface");
        }
        rest = rest.substring(rest.indexOf(' ') + 1);
        int nameEnd = firstOf(rest, '<', ' ');
        if (!rest.substring(0, nameEnd).equals(name)) {
            throw new IllegalArgumentException("class line names " + rest.substring(0, nameEnd) + ", section " + name);
        }
        Map<String, String> typeVariables = new LinkedHashMap<>();
        if (nameEnd < rest.length() && rest.charAt(nameEnd) == '<') {
            int close = JavapTypes.closingBracket(rest, nameEnd);
            typeVariables.putAll(JavapTypes.typeParameters(rest.substring(nameEnd + 1, close)));
            rest = rest.substring(close + 1);
        } else {
            rest = rest.substring(nameEnd);
        }
        List<String> extendsList = clause(rest, " extends ", " implements ", typeVariables);
        List<String> implementsList = clause(rest, " implements ", " extends ", typeVariables);
        String superclass = isInterface ? null : extendsList.isEmpty() ? "java.lang.Object" : extendsList.get(0);
        List<String> interfaces = isInterface ? extendsList : implementsList;
        ApiType.Kind kind = isInterface
                ? interfaces.contains("java.lang.annotation.Annotation") ? ApiType.Kind.ANNOTATION : ApiType.Kind.INTERFACE
                : "java.lang.Enum".equals(superclass) ? ApiType.Kind.ENUM : ApiType.Kind.CLASS;
        List<ApiMember> members = new ArrayList<>();
        for (int m = 0; m < memberLines.size(); m++) {
            try {
                ApiMember member = parseMember(memberLines.get(m).trim(), typeVariables, name);
                if (member != null) {
                    members.add(member);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + memberLineNumbers.get(m) + ": " + e.getMessage(), e);
            }
        }
        List<String> bounds = new ArrayList<>();
        for (String variable : typeVariables.keySet()) {
            bounds.add(JavapTypes.erase(variable, typeVariables));
        }
        return new ApiType(name, kind, modifiers.contains("public"), isInterface || modifiers.contains("abstract"),
                modifiers.contains("final"), superclass, interfaces, bounds, List.copyOf(typeVariables.keySet()),
                members, annotationNames(annotationLine), retention(annotationLine), targets(annotationLine));
    }

    private static List<String> clause(String text, String keyword, String nextKeyword, Map<String, String> vars) {
        int start = JavapTypes.indexOfTopLevel(text, keyword);
        if (start < 0) {
            return List.of();
        }
        String body = text.substring(start + keyword.length());
        int end = JavapTypes.indexOfTopLevel(body, nextKeyword);
        List<String> erased = new ArrayList<>();
        for (String type : JavapTypes.splitTopLevel(end < 0 ? body : body.substring(0, end), ',')) {
            erased.add(JavapTypes.erase(type, vars));
        }
        return erased;
    }

    /** One member line without its indentation; null for lines that declare nothing linkable. */
    static ApiMember parseMember(String line, Map<String, String> classVariables, String className) {
        String text = line.endsWith(";") ? line.substring(0, line.length() - 1).trim() : line;
        if (text.startsWith("static {")) {
            return null;
        }
        Set<String> modifiers = new LinkedHashSet<>();
        String rest = consumeModifiers(text, modifiers);
        Map<String, String> variables = new LinkedHashMap<>(classVariables);
        if (rest.startsWith("<")) {
            int close = JavapTypes.closingBracket(rest, 0);
            variables.putAll(JavapTypes.typeParameters(rest.substring(1, close)));
            rest = rest.substring(close + 1).trim();
        }
        String access = modifiers.contains("public") ? "public" : modifiers.contains("protected") ? "protected" : "";
        boolean isStatic = modifiers.contains("static");
        boolean isAbstract = modifiers.contains("abstract");
        boolean isFinal = modifiers.contains("final");
        boolean isDefault = modifiers.contains("default");
        int paren = rest.indexOf('(');
        if (paren < 0) {
            int space = JavapTypes.lastTopLevelSpace(rest);
            return new ApiMember(ApiMember.Kind.FIELD, rest.substring(space + 1), access, isStatic, false, isFinal,
                    false, List.of(), JavapTypes.erase(rest.substring(0, space), variables), List.of());
        }
        int close = rest.lastIndexOf(')');
        List<String> parameters = new ArrayList<>();
        for (String parameter : JavapTypes.splitTopLevel(rest.substring(paren + 1, close), ',')) {
            parameters.add(JavapTypes.erase(parameter, variables));
        }
        List<String> exceptions = new ArrayList<>();
        String after = rest.substring(close + 1).trim();
        if (after.startsWith("throws ")) {
            for (String exception : after.substring("throws ".length()).split(",")) {
                exceptions.add(JavapTypes.erase(exception.trim().replace('/', '.'), variables));
            }
        }
        String head = rest.substring(0, paren).trim();
        int space = JavapTypes.lastTopLevelSpace(head);
        if (space < 0) {
            if (!head.equals(className)) {
                throw new IllegalArgumentException("constructor of " + head + " in the section of " + className);
            }
            return new ApiMember(ApiMember.Kind.CONSTRUCTOR, "<init>", access, false, false, false, false,
                    parameters, "", exceptions);
        }
        return new ApiMember(ApiMember.Kind.METHOD, head.substring(space + 1), access, isStatic, isAbstract, isFinal,
                isDefault, parameters, JavapTypes.erase(head.substring(0, space), variables), exceptions);
    }

    private static String consumeModifiers(String text, Set<String> modifiers) {
        String rest = text;
        while (true) {
            int space = rest.indexOf(' ');
            if (space < 0 || !MODIFIERS.contains(rest.substring(0, space))) {
                return rest;
            }
            modifiers.add(rest.substring(0, space));
            rest = rest.substring(space + 1);
        }
    }

    private static int firstOf(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return text.length();
    }

    private static Set<String> annotationNames(String line) {
        Set<String> names = new LinkedHashSet<>();
        for (String token : line.trim().split("\\s+")) {
            if (ANNOTATION_NAME.matcher(token).matches()) {
                names.add(token.endsWith("(") ? token.substring(0, token.length() - 1) : token);
            }
        }
        return names;
    }

    private static String retention(String line) {
        Matcher matcher = RETENTION.matcher(line);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Set<String> targets(String line) {
        Matcher matcher = TARGET.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        Set<String> targets = new LinkedHashSet<>();
        Matcher element = ELEMENT_TYPE.matcher(matcher.group(1));
        while (element.find()) {
            targets.add(element.group(1));
        }
        return targets;
    }
}
