package uk.homecare.portal.compliance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a compliance document may be, told apart by their first bytes ("magic numbers"), whatever the
 * uploader declared: a PDF starts {@code %PDF-}, a PNG with its 8-byte signature, a JPEG with {@code FF D8 FF}.
 */
enum FileKind {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    FileKind(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The kind a declared media type names ({@code image/png; charset=x} is {@code image/png}), if one of these. */
    static Optional<FileKind> declared(String contentType) {
        String name = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(name)).findFirst();
    }

    /** The kind the content itself is, by its first bytes, if one of these. */
    static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> startsWith(content, kind.magic)).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
