package io.jenkins.plugins.systemtest.engine.junit;

/** Values from files and patterns as they can be shown in a message: control characters escaped, length capped. */
final class Printable {

    private static final int MAX = 80;

    private Printable() {
    }

    static String of(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < MAX; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append("\\u").append(Integer.toHexString(0x10000 | c), 1, 5);
            } else {
                b.append(c);
            }
        }
        return s.length() > MAX ? b + "..." : b.toString();
    }
}
