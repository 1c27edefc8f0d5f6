package ebpm.jobs.landing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Checks in one streaming pass that bytes are strict UTF-8 (no overlong forms, surrogates or code points
 * beyond U+10FFFF). Works on bytes rather than a decoder because it runs over every byte of files up to a
 * gigabyte before parsing starts.
 */
final class Utf8Validator {

    private Utf8Validator() {
    }

    /** The lead byte of the first invalid sequence, or null when all bytes are valid UTF-8. */
    static InvalidByte firstInvalidByte(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long bufferOffset = 0;
        int pendingContinuations = 0;
        int low = 0x80;
        int high = 0xBF;
        long sequenceStart = 0;
        int leadByte = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xFF;
                if (pendingContinuations == 0) {
                    if (b < 0x80) {
                        continue;
                    }
                    sequenceStart = bufferOffset + i;
                    leadByte = b;
                    // The narrowed ranges after E0, ED, F0 and F4 reject overlong forms, surrogates and > U+10FFFF.
                    if (b >= 0xC2 && b <= 0xDF) {
                        pendingContinuations = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pendingContinuations = 2;
                        low = b == 0xE0 ? 0xA0 : 0x80;
                        high = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pendingContinuations = 3;
                        low = b == 0xF0 ? 0x90 : 0x80;
                        high = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        return new InvalidByte(sequenceStart, b);
                    }
                } else {
                    if (b < low || b > high) {
                        return new InvalidByte(sequenceStart, leadByte);
                    }
                    pendingContinuations--;
                    low = 0x80;
                    high = 0xBF;
                }
            }
            bufferOffset += n;
        }
        return pendingContinuations == 0 ? null : new InvalidByte(sequenceStart, leadByte);
    }
}
