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
        String secret = userInfo(entry);
        ServiceTarget target;
        try {
            target = ServiceTarget.parse(entry);
        } catch (InvalidInputException e) {
            assertThat(e.getField()).isEqualTo(ServiceTarget.FIELD);
            if (shownOnlyAsSecret(entry, secret) && e.getMessage().contains(secret)) {
                // The message may quote the host, port or scheme; it leaks only if the secret itself put it there.
                assertThat(messageFor(entry.replace(secret + "@", "u@"))).as(e.getMessage()).contains(secret);
            }
            return;
        }
        assertThat(target.display()).doesNotContain("@");
        assertThat(target.address()).doesNotContain("@");
        assertThat(target.port()).isBetween(1, 65535);
        if (target.protocol() == ServiceProtocol.HTTP) {
            assertThat(target.requestUri().getRawUserInfo()).isNull();
        }
        if (shownOnlyAsSecret(entry, secret)) {
            assertThat(target.display()).doesNotContain(secret);
            assertThat(target.toString()).doesNotContain(secret);
        }
    }

    /** The user information of the entry, or null: between "://" and the last '@' of the authority. */
    private static String userInfo(String entry) {
        String s = entry.strip();
        int sep = s.indexOf("://");
        if (sep < 0) {
            return null;
        }
        String rest = s.substring(sep + 3);
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            if ("/?#".indexOf(rest.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        int at = rest.substring(0, end).lastIndexOf('@');
        return at > 0 ? rest.substring(0, at) : null;
    }

    /** Whether finding the secret in the output can only mean it leaked: it is not short and not elsewhere. */
    private static boolean shownOnlyAsSecret(String entry, String secret) {
        return secret != null && secret.length() >= 4 && !entry.replace(secret + "@", "@").contains(secret);
    }

    private static String messageFor(String entry) {
        try {
            ServiceTarget.parse(entry);
            return "";
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }
}
