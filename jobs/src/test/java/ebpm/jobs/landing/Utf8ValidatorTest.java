package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ValidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "41 E6 96 BD 41,            -1,   ",  // "A施A"
            "F0 9F 98 80,               -1,   ",  // an emoji: four bytes
            "41 E9 2C,                   1, E9",  // Latin-1 "é,"
            "41 80,                      1, 80",  // continuation byte without a lead byte
            "C0 80,                      0, C0",  // overlong NUL
            "E0 80 80,                   0, E0",  // overlong three-byte form
            "ED A0 80,                   0, ED",  // UTF-16 surrogate
            "F4 90 80 80,                0, F4",  // beyond U+10FFFF
            "41 42 E6 96,                2, E6",  // cut off at the end of the file
    })
    void reportsTheLeadByteOfTheFirstInvalidSequence(String hexBytes, long offset, String value) throws IOException {
        InvalidByte invalid = Utf8Validator.firstInvalidByte(new ByteArrayInputStream(bytes(hexBytes)));

        if (offset < 0) {
            assertThat(invalid).isNull();
        } else {
            assertThat(invalid).isEqualTo(new InvalidByte(offset, Integer.parseInt(value, 16)));
        }
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.trim().split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }
}
