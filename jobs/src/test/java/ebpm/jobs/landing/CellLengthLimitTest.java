package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell too long for any later step is a rejected row with its reason, whatever the source. */
class CellLengthLimitTest {

    private final RowMapper mapper = CellLengthLimit.guarding(row -> List.of(new MappedRow(2020, new Object[0])),
            List.of("施策名", "未達成の理由及び今後の見込み等"));

    @Test
    void aCellOfMoreThan4000CharactersRejectsItsRowNamingTheColumn() {
        TabularRow pasted = new TabularRow(7, List.of("施策", "理".repeat(40_000)));

        assertThatThrownBy(() -> mapper.map(pasted))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("未達成の理由及び今後の見込み等: 40,000 characters, more than the 4,000 a cell may hold; "
                        + "shorten it (was a whole document pasted into the cell?)");
    }

    @Test
    void rowsWithinTheLimitReachTheSourcesMapper() {
        assertThat(mapper.map(new TabularRow(2, List.of("施策", "理".repeat(4_000))))).hasSize(1);
    }
}
