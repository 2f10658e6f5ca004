package io.jenkins.plugins.systemtest.engine.report;

import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Copying a report: secrets masked in text files whatever their encoding, other files byte for byte. */
class ReportCopierTest {

    private static final String SECRET = "tok-3f9a77";

    @TempDir
    Path ws;

    @Test
    void shouldMaskSecretsInUtf8AndLatin1TextAndCopyEverythingElseUnchanged() throws Exception {
        Path report = Files.createDirectories(ws.resolve("report/data"));
        Files.writeString(ws.resolve("report/index.html"), "<p>caf\u00e9 \u2713 token=" + SECRET + "</p>");
        byte[] latin1 = ("<p>caf\u00e9 token=" + SECRET + "</p>").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(report.resolve("old.html"), latin1);
        Files.writeString(report.resolve("clean.js"), "console.log('no secret, \u00fcber');");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 't', 'o', 'k'};
        Files.write(report.resolve("shot.png"), png);
        ReportScan scan = new ReportScanner().scan(ws, new ReportSpec("Main", "report", null));

        new ReportCopier(new SecretMasker(List.of(SECRET))).copy(ws, scan, ws.resolve("archive"), "r/Main");

        Path out = ws.resolve("archive/r/Main");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("<p>caf\u00e9 \u2713 token=****</p>");
        assertThat(Files.readAllBytes(out.resolve("data/old.html")))
                .isEqualTo("<p>caf\u00e9 token=****</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(out.resolve("data/clean.js")).hasSameBinaryContentAs(report.resolve("clean.js"));
        assertThat(Files.readAllBytes(out.resolve("data/shot.png"))).isEqualTo(png);
    }
}
