package ebpm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    @Test
    void fieldsAndAFileComeBackAsSentBytesAndJapaneseNameIncluded() {
        byte[] file = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE5, (byte) 0xB9, (byte) 0xB4, 0, (byte) 0xFF, '\r', '\n'};
        String head = "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"横浜市.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + file.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(file, 0, body, headBytes.length, file.length);
        System.arraycopy(tail, 0, body, headBytes.length + file.length, tail.length);

        Map<String, MultipartForm.Part> parts = MultipartForm.parse("multipart/form-data; boundary=b", body);

        assertThat(parts.get("csrf").text()).isEqualTo("token");
        assertThat(parts.get("file").fileName()).hasValue("横浜市.csv");
        assertThat(parts.get("file").content()).isEqualTo(file);
    }
}
