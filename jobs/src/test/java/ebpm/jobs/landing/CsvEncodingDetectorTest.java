package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEncodingDetectorTest {

    @TempDir
    Path dir;

    @Test
    void pointsAtTheDamageInAFileThatIsMostlyCp932() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("市町村,人口\n横浜市,3777491\n".getBytes(Charset.forName("windows-31j")));
        int damagedOffset = bytes.size();
        bytes.write(0xFF);
        bytes.writeBytes(",1\n".getBytes(Charset.forName("windows-31j")));
        Path file = Files.write(dir.resolve("population.csv"), bytes.toByteArray());

        assertThatThrownBy(() -> CsvEncodingDetector.detect(file))
                .isInstanceOf(LandingFileException.class)
                .hasMessage("population.csv: not UTF-8 or CP932 (invalid byte 0xFF at offset " + damagedOffset
                        + ", line 3); save it as UTF-8 or CP932");
    }

    @Test
    void rejectsAByteOrderMarkFollowedByOtherBytes() throws IOException {
        Path file = Files.write(dir.resolve("mixed.csv"),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', (byte) 0x82, (byte) 0xA0});

        assertThatThrownBy(() -> CsvEncodingDetector.detect(file))
                .isInstanceOf(LandingFileException.class)
                .hasMessage("mixed.csv: starts with a UTF-8 byte order mark but is not UTF-8"
                        + " (invalid byte 0x82 at offset 5, line 2); save it as UTF-8 or CP932");
    }
}
