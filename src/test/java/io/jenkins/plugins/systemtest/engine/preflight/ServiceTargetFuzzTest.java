package io.jenkins.plugins.systemtest.engine.preflight;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the preflight URI parser: an entry is either refused with an {@link InvalidInputException} naming the field
 * {@code requires}, or becomes a target that never shows its user information ({@code user:password@}): not in
 * {@code display()}, not in the request URI, and not in the error message either. The user information is whatever
 * lies between {@code ://} and the last {@code @} before the path, as in the URI syntax.
 */
class ServiceTargetFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void shouldRefuseOrNeverShowTheUserInformation(byte[] data) {
        String entry = new String(data, StandardCharsets.UTF_8);
        UserInfo secret = UserInfo.of(entry.strip());
        ServiceTarget target;
        try {
            target = ServiceTarget.parse(entry);
        } catch (InvalidInputException e) {
            assertThat(e.getField()).isEqualTo(ServiceTarget.FIELD);
            if (secret != null && secret.onlyThere() && e.getMessage().contains(secret.text())) {
                // The message may quote the host, port or scheme; it leaks only if the secret itself put it there.
                assertThat(messageFor(secret.replacedBy("u"))).as(e.getMessage()).contains(secret.text());
            }
            return;
        }
        assertThat(target.display()).doesNotContain("@");
        assertThat(target.address()).doesNotContain("@");
        assertThat(target.port()).isBetween(1, 65535);
        if (target.protocol() == ServiceProtocol.HTTP) {
            assertThat(target.requestUri().getRawUserInfo()).isNull();
        }
        if (secret != null && secret.onlyThere()) {
            assertThat(target.display()).doesNotContain(secret.text());
            assertThat(target.toString()).doesNotContain(secret.text());
        }
    }

    private static String messageFor(String entry) {
        try {
            ServiceTarget.parse(entry);
            return "";
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    /**
     * The user information of an entry: between the first "://" and the last '@' before the path, as in the URI
     * syntax.
     */
    private record UserInfo(String entry, int start, String text) {

        static UserInfo of(String entry) {
            int sep = entry.indexOf("://");
            if (sep < 0) {
                return null;
            }
            int start = sep + 3;
            int end = entry.length();
            for (int i = start; i < entry.length(); i++) {
                if ("/?#".indexOf(entry.charAt(i)) >= 0) {
                    end = i;
                    break;
                }
            }
            int at = entry.substring(start, end).lastIndexOf('@');
            return at > 0 ? new UserInfo(entry, start, entry.substring(start, start + at)) : null;
        }

        /** The entry with the user information replaced. */
        String replacedBy(String other) {
            return entry.substring(0, start) + other + entry.substring(start + text.length());
        }

        /** Whether finding it in the output can only mean it leaked: not short, and nowhere else in the entry. */
        boolean onlyThere() {
            return text.length() >= 4 && !replacedBy("").contains(text);
        }
    }
}
