package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Follows;
import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a team's failure rules file, a small subset of YAML:
 *
 * <pre>
 * # ci/failure-rules.yaml
 * rules:
 *   - name: vault-sealed
 *     kind: infrastructure          # infrastructure | product | assertion | follow-on
 *     pattern: 'Vault is sealed|VaultDown'
 *     description: The secrets store is sealed
 *     example: 'hvac.exceptions.VaultDown: Vault is sealed'
 *   - name: shared-cart-reset
 *     kind: follow-on
 *     follows: nearest              # follow-on only: nearest | database | own-state
 *     pattern: 'cart \d+ was reset'
 * </pre>
 *
 * Values are plain, 'single-quoted' ({@code ''} for a quote) or "double-quoted" ({@code \"}, {@code \\}). Anything
 * else (block scalars, flow collections, anchors, tabs) is refused with the file and line named, as is an unknown
 * key, a missing name, kind or pattern, a pattern that does not compile and an example its pattern does not match.
 */
public final class FailureRulesFile {

    /** The largest rules file read. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_RULES = 500;
    private static final Set<String> KEYS = Set.of("name", "kind", "follows", "pattern", "description", "example");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern ITEM = Pattern.compile("^( *)- (.*)$");
    private static final Pattern ENTRY = Pattern.compile("^( *)([A-Za-z_][\\w-]*):(?: (.*)|)$");

    private FailureRulesFile() {
    }

    /**
     * The rules of a file's text.
     *
     * @param text     the file's text
     * @param fileName the file as the user named it, for errors
     * @throws RulesFileException naming the file and line of the first problem
     */
    public static List<FailureRule> parse(String text, String fileName) {
        if (text.length() > MAX_BYTES) {
            throw new RulesFileException(fileName, 0, "is larger than " + MAX_BYTES / 1024 + " KB");
        }
        List<Map<String, Value>> items = new ArrayList<>();
        Map<String, Value> item = null;
        int itemIndent = -1;
        boolean seenRules = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = stripComment(lines[n - 1], fileName, n);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("\t") || line.matches("^ *\t.*")) {
                throw new RulesFileException(fileName, n, "indents with a tab; use spaces");
            }
            if (!seenRules) {
                if (!line.strip().equals("rules:") || line.startsWith(" ")) {
                    throw new RulesFileException(fileName, n, "must start with 'rules:' (a list of rules)");
                }
                seenRules = true;
                continue;
            }
            java.util.regex.Matcher m = ITEM.matcher(line);
            String entry = line;
            int indent;
            if (m.matches()) {
                if (items.size() >= MAX_RULES) {
                    throw new RulesFileException(fileName, n, "has more than " + MAX_RULES + " rules");
                }
                item = new LinkedHashMap<>();
                items.add(item);
                itemIndent = m.group(1).length() + 2;
                entry = " ".repeat(itemIndent) + m.group(2);
                indent = itemIndent;
            } else {
                indent = line.length() - line.stripLeading().length();
                if (item == null || indent != itemIndent) {
                    throw new RulesFileException(fileName, n, "expected '- name: ...' starting a rule, or a key of"
                            + " the rule above indented like its first key");
                }
            }
            java.util.regex.Matcher e = ENTRY.matcher(entry);
            if (!e.matches() || e.group(1).length() != indent) {
                throw new RulesFileException(fileName, n, "expected 'key: value'");
            }
            String key = e.group(2);
            if (!KEYS.contains(key)) {
                throw new RulesFileException(fileName, n, "unknown key '" + key + "' (known: name, kind, follows,"
                        + " pattern, description, example)");
            }
            if (item.containsKey(key)) {
                throw new RulesFileException(fileName, n, "gives '" + key + "' twice for one rule");
            }
            item.put(key, new Value(scalar(e.group(3) == null ? "" : e.group(3), fileName, n), n));
        }
        if (!seenRules) {
            throw new RulesFileException(fileName, 0, "is empty: it must start with 'rules:'");
        }
        List<FailureRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map<String, Value> i : items) {
            FailureRule r = rule(i, fileName);
            if (!names.add(r.name())) {
                throw new RulesFileException(fileName, i.get("name").line(), "names the rule '" + r.name()
                        + "' a second time");
            }
            rules.add(r);
        }
        return List.copyOf(rules);
    }

    /** One value and the line it is on. */
    private record Value(String text, int line) {
    }

    private static FailureRule rule(Map<String, Value> item, String file) {
        int first = item.values().stream().mapToInt(Value::line).min().orElse(0);
        for (String required : List.of("name", "kind", "pattern")) {
            if (!item.containsKey(required) || item.get(required).text().isBlank()) {
                throw new RulesFileException(file, first, "the rule starting here has no '" + required + "'");
            }
        }
        Value name = item.get("name");
        if (!NAME.matcher(name.text()).matches()) {
            throw new RulesFileException(file, name.line(), "name '" + name.text() + "' must be lower case letters,"
                    + " digits, '.', '_' or '-'");
        }
        Value kindValue = item.get("kind");
        Kind kind = switch (kindValue.text().toLowerCase(Locale.ROOT)) {
            case "infrastructure" -> Kind.INFRASTRUCTURE;
            case "product" -> Kind.PRODUCT;
            case "assertion" -> Kind.ASSERTION;
            case "follow-on" -> Kind.FOLLOW_ON;
            default -> throw new RulesFileException(file, kindValue.line(), "kind '" + kindValue.text()
                    + "' is not one of infrastructure, product, assertion, follow-on");
        };
        Follows follows = Follows.NEAREST;
        Value followsValue = item.get("follows");
        if (followsValue != null) {
            if (kind != Kind.FOLLOW_ON) {
                throw new RulesFileException(file, followsValue.line(), "'follows' is for follow-on rules only");
            }
            follows = switch (followsValue.text().toLowerCase(Locale.ROOT)) {
                case "nearest" -> Follows.NEAREST;
                case "database" -> Follows.DATABASE;
                case "own-state" -> Follows.OWN_STATE;
                default -> throw new RulesFileException(file, followsValue.line(), "follows '" + followsValue.text()
                        + "' is not one of nearest, database, own-state");
            };
        }
        Value patternValue = item.get("pattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(patternValue.text());
        } catch (PatternSyntaxException ex) {
            throw new RulesFileException(file, patternValue.line(), "pattern is not a valid regular expression: "
                    + ex.getDescription() + " near index " + ex.getIndex());
        }
        Value example = item.get("example");
        String description = item.containsKey("description") ? item.get("description").text() : "";
        FailureRule rule = new FailureRule(name.text(), kind, follows, pattern,
                description.isEmpty() && kind == Kind.FOLLOW_ON ? "a failure the team's rule " + name.text()
                        + " says follows from an earlier one" : description,
                example == null ? "" : example.text());
        if (example != null && !rule.matches(example.text())) {
            throw new RulesFileException(file, example.line(), "the example does not match the rule's pattern");
        }
        return rule;
    }

    /** The line without a comment: a '#' at its start or after a space, outside quotes. */
    private static String stripComment(String line, String file, int n) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' || c == '\'' && quote == '\'' && i + 1 < line.length()
                        && line.charAt(i + 1) == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '\'' || c == '"') && (i == 0 || " :-".indexOf(line.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    /** A plain, single-quoted or double-quoted scalar. */
    private static String scalar(String raw, String file, int n) {
        String v = raw.strip();
        if (v.startsWith("'")) {
            int end = v.lastIndexOf('\'');
            if (end == 0 || !v.substring(end + 1).isBlank()) {
                throw new RulesFileException(file, n, "has an unterminated 'single-quoted' value");
            }
            return v.substring(1, end).replace("''", "'");
        }
        if (v.startsWith("\"")) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\\' && i + 1 < v.length()) {
                    char next = v.charAt(++i);
                    b.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case '"', '\\', '/' -> next;
                        default -> throw new RulesFileException(file, n, "has an unknown escape \\" + next
                                + " in a \"double-quoted\" value (for a regular expression, use 'single quotes')");
                    });
                } else if (c == '"') {
                    if (!v.substring(i + 1).isBlank()) {
                        break;
                    }
                    return b.toString();
                } else {
                    b.append(c);
                }
            }
            throw new RulesFileException(file, n, "has an unterminated \"double-quoted\" value");
        }
        if (!v.isEmpty() && "|>[{&*!%@`".indexOf(v.charAt(0)) >= 0) {
            throw new RulesFileException(file, n, "starts a value with '" + v.charAt(0) + "', which this file does"
                    + " not support; put the value in 'single quotes'");
        }
        if (v.contains(": ")) {
            throw new RulesFileException(file, n, "has ': ' inside a plain value; put the value in 'single quotes'");
        }
        return v;
    }
}
