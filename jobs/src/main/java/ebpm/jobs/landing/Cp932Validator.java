package ebpm.jobs.landing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Checks in one streaming pass that bytes decode as CP932 (windows-31j) without malformed or unmapped input. */
final class Cp932Validator {

    static final Charset CP932 = Charset.forName("windows-31j");

    private Cp932Validator() {
    }

    /** The first byte that does not decode, or null when all bytes are valid CP932. */
    static InvalidByte firstInvalidByte(InputStream in) throws IOException {
        CharsetDecoder decoder = CP932.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ReadableByteChannel channel = Channels.newChannel(in);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long bufferOffset = 0;
        while (true) {
            boolean endOfInput = channel.read(bytes) == -1;
            bytes.flip();
            CoderResult result;
            do {
                chars.clear();
                result = decoder.decode(bytes, chars, endOfInput);
            } while (result.isOverflow());
            if (result.isError()) {
                int at = bytes.position();
                return new InvalidByte(bufferOffset + at, bytes.get(at) & 0xFF);
            }
            if (endOfInput) {
                return null;
            }
            // A double-byte character split across reads stays in the buffer for the next round.
            bufferOffset += bytes.position();
            bytes.compact();
        }
    }
}
