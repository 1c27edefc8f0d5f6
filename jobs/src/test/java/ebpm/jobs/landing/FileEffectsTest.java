package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.indicatordb.ManifestEntry;
import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What tonight's observation files did to the keys: counted for keys one file holds alone, compared where files
 * share a key, and a final figure (確報) counting over a preliminary one (速報) that arrived after it.
 */
class FileEffectsTest {

    private static final LakeTable TABLE = LakeTables.OBSERVATIONS;
    private static final Instant LAST_NIGHT = Instant.parse("2026-11-29T15:00:00Z");
    private static final Instant TONIGHT = Instant.parse("2026-11-30T15:00:00Z");

    @TempDir
    Path lake;

    @Test
    void keysOneFileHoldsAreAddedAndSharedKeysAreComparedInOrderOfArrival() throws Exception {
        ManifestEntry yesterday = land("final.csv", "a".repeat(64), LAST_NIGHT,
                row("visitors", "2023", "120", "確報"), row("visitors", "2022", "100", "確報"));
        ManifestEntry preliminary = land("preliminary.csv", "b".repeat(64), TONIGHT,
                row("visitors", "2023", "125", "速報"), row("visitors", "2024", "130", "速報"));
        ManifestEntry alone = land("other.csv", "c".repeat(64), TONIGHT, row("guests", "2023", "7", "確報"));

        FileEffects.Result result = FileEffects.of(TABLE, lake, List.of(preliminary, alone));

        assertThat(result.byChecksum()).containsOnlyKeys(preliminary.checksum(), alone.checksum());
        assertThat(result.byChecksum().get(preliminary.checksum()).summary()).isEqualTo("keys: 1 replaced, 1 added");
        assertThat(result.byChecksum().get(alone.checksum()).summary()).isEqualTo("keys: 0 replaced, 1 added");
        assertThat(result.conflicts()).isEmpty();
        assertThat(yesterday.checksum()).isNotIn(result.byChecksum().keySet());
    }

    @Test
    void aFinalFigureCountsOverAPreliminaryOneOfTheSameNight() throws Exception {
        ManifestEntry fin = land("final.csv", "d".repeat(64), TONIGHT, row("visitors", "2023", "120", "確報"));
        ManifestEntry preliminary = land("preliminary.csv", "e".repeat(64), TONIGHT.plusSeconds(1),
                row("visitors", "2023", "125", "速報"));

        FileEffects.Result result = FileEffects.of(TABLE, lake, List.of(fin, preliminary));

        assertThat(result.byChecksum().get(fin.checksum()).summary())
                .isEqualTo("keys: 0 replaced, 1 added, 1 already replaced by files that arrived after it");
        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.files()).containsExactly("final.csv", "preliminary.csv");
            assertThat(conflict.winner()).isEqualTo("final.csv");
            assertThat(conflict.byPrecedence()).isTrue();
            assertThat(conflict.keys()).isEqualTo(1);
        });
    }

    private static Object[] row(String indicator, String period, String value, String status) {
        Object[] row = new Object[TABLE.columns().size()];
        row[TABLE.indexOf("indicator_code")] = indicator;
        row[TABLE.indexOf("area_code")] = "140007";
        row[TABLE.indexOf("breakdown")] = "total";
        row[TABLE.indexOf("period_type")] = "FY";
        row[TABLE.indexOf("period")] = period;
        row[TABLE.indexOf("value")] = Double.valueOf(value);
        row[TABLE.indexOf("value_text")] = value;
        row[TABLE.indexOf("status")] = status;
        return row;
    }

    /** One landing file's lake file, written as the ingest writes it, and its manifest entry. */
    private ManifestEntry land(String name, String checksum, Instant firstSeen, Object[]... rows) throws Exception {
        List<Path> written;
        try (LakeFileWriter writer = new LakeFileWriter(TABLE, lake, name.replace(".csv", "") + "_"
                + checksum.substring(0, 12))) {
            long line = 2;
            for (Object[] row : rows) {
                row[TABLE.indexOf("source_file")] = name;
                row[TABLE.indexOf("source_checksum")] = checksum;
                row[TABLE.indexOf("source_line")] = line++;
                row[TABLE.indexOf("ingested_at")] = firstSeen;
                writer.write(null, row);
            }
            written = writer.commit(List.of());
        }
        List<String> lakeFiles = new ArrayList<>();
        written.forEach(file -> lakeFiles.add(lake.relativize(file).toString()));
        return new ManifestEntry("observations", name, checksum, ManifestEntry.INGESTED, rows.length, rows.length, 0,
                null, String.join(";", lakeFiles), null, "run", firstSeen, name, "rules", firstSeen);
    }
}
