package ebpm.jobs.landing;

import java.util.List;

/**
 * Refuses a row with a cell too long for any later step: an evidence workbook cell holds at most 32,767 characters,
 * and a text that long is a paste gone wrong, not a reason or a name. Checked before the source's mapper sees the
 * row, for every source, so the row is rejected with a reason here instead of failing a night later.
 */
public final class CellLengthLimit implements RowMapper {

    static final int MAX_CHARACTERS = 4_000;

    private final RowMapper mapper;
    private final List<String> header;

    private CellLengthLimit(RowMapper mapper, List<String> header) {
        this.mapper = mapper;
        this.header = header;
    }

    public static RowMapper guarding(RowMapper mapper, List<String> header) {
        return new CellLengthLimit(mapper, header);
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            int length = row.cells().get(i).length();
            if (length > MAX_CHARACTERS) {
                String column = i < header.size() ? header.get(i) : "column " + (i + 1);
                throw new RejectedRowException(String.format("%s: %,d characters, more than the %,d a cell may hold; "
                        + "shorten it (was a whole document pasted into the cell?)", column, length, MAX_CHARACTERS),
                        String.format("%s: %,d 文字あり、1つのセルに入る %,d 文字を超えています。短くしてください", column, length,
                                MAX_CHARACTERS));
            }
        }
        return mapper.map(row);
    }

    @Override
    public boolean surveysFirst() {
        return mapper.surveysFirst();
    }

    @Override
    public void survey(TabularRow row) {
        mapper.survey(row);
    }

    @Override
    public List<String> finish() {
        return mapper.finish();
    }
}
