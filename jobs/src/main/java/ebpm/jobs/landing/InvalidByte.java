package ebpm.jobs.landing;

/** Where a byte stream stops being valid text in some encoding. */
record InvalidByte(long offset, int value) {

    String describe() {
        return String.format("invalid byte 0x%02X at offset %d", value, offset);
    }
}
