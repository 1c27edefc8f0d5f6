package ebpm.jobs.landing;

import java.nio.charset.Charset;

/**
 * How a CSV file's bytes are to be decoded.
 *
 * @param name       shown to users, e.g. "UTF-8 (BOM)"
 * @param bomLength  bytes of byte order mark to skip before decoding
 */
record DetectedEncoding(Charset charset, String name, int bomLength) {
}
