package io.jenkins.plugins.systemtest.engine.report;

import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Copies a scanned report into an archive directory (the command line's equivalent of Jenkins' artifacts). Text
 * files have secrets masked on the way; other files are copied as they are.
 */
public final class ReportCopier {

    private static final Set<String> TEXT = Set.of("html", "htm", "css", "js", "json", "txt", "xml", "md", "log",
            "csv", "svg", "map");
    private static final long MAX_MASKED_FILE = 64L * 1024 * 1024;

    private final SecretMasker masker;

    public ReportCopier(SecretMasker masker) {
        this.masker = masker;
    }

    /**
     * Copies the scanned files from {@code workspace/spec.dir} to {@code archiveRoot/relativeTarget}.
     *
     * @param relativeTarget where the copy goes below the archive root, '/' separated; recorded in the link
     */
    public ReportLink copy(Path workspace, ReportScan scan, Path archiveRoot, String relativeTarget) throws IOException {
        ReportSpec spec = scan.spec();
        if (scan.isEmpty()) {
            return new ReportLink(spec.name(), "", spec.index(), 0, false, String.join("; ", scan.warnings()));
        }
        Path source = workspace.toAbsolutePath().normalize().resolve(spec.dir()).toRealPath();
        Path target = archiveRoot.resolve(relativeTarget).normalize();
        if (!target.startsWith(archiveRoot.normalize())) {
            throw new IOException("report target " + relativeTarget + " leaves the archive directory");
        }
        Set<Path> made = new HashSet<>();
        for (String rel : scan.files()) {
            Path from = source.resolve(rel);
            Path to = target.resolve(rel).normalize();
            if (!to.startsWith(target)) {
                continue;
            }
            if (made.add(to.getParent())) {
                Files.createDirectories(to.getParent());
            }
            if (masker.isActive() && isText(rel) && Files.size(from) <= MAX_MASKED_FILE) {
                copyMasked(from, to);
            } else {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new ReportLink(spec.name(), relativeTarget, spec.index(), scan.files().size(), scan.needsJavaScript(),
                "");
    }

    /**
     * Masks a text file. The fast decoder replaces bad bytes with U+FFFD; only a file where that character shows up
     * is checked again with the strict one. A file that is not UTF-8 (Latin-1, say) is masked byte for byte, read as
     * ISO-8859-1, so that a secret written in ASCII is hidden there too.
     */
    private void copyMasked(Path from, Path to) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        Charset charset = StandardCharsets.UTF_8;
        String text = new String(bytes, charset);
        if (text.indexOf('\uFFFD') >= 0 && !isUtf8(bytes)) {
            charset = StandardCharsets.ISO_8859_1;
            text = new String(bytes, charset);
        }
        String masked = masker.mask(text);
        // Most files hold no secret: then the bytes as read are written back, without encoding them again.
        if (masked == text) {
            Files.write(to, bytes);
        } else {
            Files.writeString(to, masked, charset);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isText(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot >= 0 && TEXT.contains(rel.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
