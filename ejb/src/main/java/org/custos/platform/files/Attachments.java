package org.custos.platform.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.custos.platform.error.ValidationException;

/**
 * What may be attached to a document: office, PDF, image and text files up to a size limit, whose
 * content matches their name (a renamed executable is refused).
 */
public final class Attachments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A file that passed the checks, with its content type taken from our list, not the browser. */
    public record Checked(String fileName, String contentType) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("vsdx", "application/vnd.ms-visio.drawing"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"));

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private Attachments() {
    }

    public static String allowedExtensions() {
        return String.join(", ", TYPES.keySet().stream().sorted().toList());
    }

    public static Checked check(String fileName, String declaredType, byte[] data) {
        if (data == null || data.length == 0) {
            throw new ValidationException("attachment.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new ValidationException("attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException("attachment.name.invalid");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        if (type == null) {
            throw new ValidationException("attachment.type.invalid", allowedExtensions());
        }
        if (!contentMatches(ext, data)) {
            throw new ValidationException("attachment.content.mismatch", name);
        }
        return new Checked(name, type);
    }

    static boolean contentMatches(String ext, byte[] data) {
        return switch (ext) {
            case "pdf" -> startsWith(data, PDF);
            case "docx", "xlsx", "pptx", "vsdx", "odt", "ods" -> startsWith(data, ZIP);
            case "png" -> startsWith(data, PNG);
            case "jpg", "jpeg" -> startsWith(data, JPEG);
            default -> isText(data);
        };
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] data) {
        for (byte b : data) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
