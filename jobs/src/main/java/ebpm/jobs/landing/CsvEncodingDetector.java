package ebpm.jobs.landing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decides whether a CSV file is UTF-8 (with or without BOM) or CP932, reading it as a stream.
 * Strict UTF-8 is tried before CP932 because Japanese text in CP932 is almost never valid UTF-8,
 * while the reverse guess would garble UTF-8 files.
 */
final class CsvEncodingDetector {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final String FIX = "save it as UTF-8 or CP932";
    private static final String FIX_JA = "Excel で「CSV UTF-8 (コンマ区切り)」または「CSV (コンマ区切り)」として保存し直してください。";

    private CsvEncodingDetector() {
    }

    static DetectedEncoding detect(Path file) throws IOException {
        byte[] start = firstBytes(file, UTF8_BOM.length);
        if (startsWith(start, UTF8_BOM)) {
            InvalidByte invalid = scanUtf8(file, UTF8_BOM.length);
            if (invalid != null) {
                throw new LandingFileException(file, "starts with a UTF-8 byte order mark but is not UTF-8 ("
                        + describe(file, invalid) + "); " + FIX,
                        "UTF-8 の印（BOM）で始まりますが、" + lineAt(file, invalid.offset()) + " 行目に UTF-8 でない文字があります。"
                                + FIX_JA);
            }
            return new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8 (BOM)", UTF8_BOM.length);
        }
        if (startsWith(start, UTF16_LE_BOM) || startsWith(start, UTF16_BE_BOM)) {
            throw new LandingFileException(file, "is UTF-16 (Excel \"Unicode text\"); " + FIX
                    + ", e.g. Excel \"CSV UTF-8 (comma delimited)\"", "UTF-16（Excel の「Unicode テキスト」）です。" + FIX_JA);
        }
        InvalidByte notUtf8 = scanUtf8(file, 0);
        if (notUtf8 == null) {
            return new DetectedEncoding(StandardCharsets.UTF_8, "UTF-8", 0);
        }
        InvalidByte notCp932;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            notCp932 = Cp932Validator.firstInvalidByte(in);
        }
        if (notCp932 == null) {
            return new DetectedEncoding(Cp932Validator.CP932, Cp932Validator.CP932.name(), 0);
        }
        // The encoding that read further is most likely the one intended, so its failure marks the damage.
        InvalidByte furthest = notCp932.offset() > notUtf8.offset() ? notCp932 : notUtf8;
        throw new LandingFileException(file, "not UTF-8 or CP932 (" + describe(file, furthest) + "); " + FIX,
                "文字コードが UTF-8 でも Shift_JIS（CP932）でもありません（" + lineAt(file, furthest.offset())
                        + " 行目に読めない文字があります）。" + FIX_JA);
    }

    private static InvalidByte scanUtf8(Path file, int skip) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            InvalidByte invalid = Utf8Validator.firstInvalidByte(in);
            return invalid == null ? null : new InvalidByte(invalid.offset() + skip, invalid.value());
        }
    }

    private static String describe(Path file, InvalidByte invalid) throws IOException {
        return invalid.describe() + ", line " + lineAt(file, invalid.offset());
    }

    /** Counting LF bytes is safe in both encodings: 0x0A never occurs inside a multi-byte character. */
    private static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i < offset; i++) {
                if (in.read() == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    private static byte[] firstBytes(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
