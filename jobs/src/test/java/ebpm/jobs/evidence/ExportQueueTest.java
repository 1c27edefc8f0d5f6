package ebpm.jobs.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ebpm.evidence.export.CsvExporter;
import ebpm.evidence.export.EvidenceDocument;
import ebpm.evidence.export.EvidenceExporter;
import ebpm.evidence.export.HtmlExporter;
import ebpm.evidence.export.Lineage;
import ebpm.evidence.export.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The pack's formats are written side by side while the next table is queried; files come back in table order. */
class ExportQueueTest {

    private static final Lineage LINEAGE = new Lineage(List.of(new SourceFile("measures.csv", "ab".repeat(32))),
            List.of("achievement_rate"), "DuckDB", "2023-04-01#1", Instant.parse("2023-04-01T18:00:00Z"));

    @TempDir
    Path folder;

    @Test
    void everyTablesFilesComeBackInTheOrderGivenAndEachTableIsReportedOnceWritten() throws Exception {
        ConcurrentLinkedQueue<String> reported = new ConcurrentLinkedQueue<>();
        List<ExportQueue.Written> written;
        try (ExportQueue queue = new ExportQueue(2, table -> reported.add(table.table() + " " + table.files().size()))) {
            for (String name : List.of("achievement", "trend", "status")) {
                queue.add(name, document(name), List.of(new CsvExporter(), HtmlExporter.inPack()), folder);
            }
            written = queue.finish();
        }

        assertThat(written).extracting(ExportQueue.Written::table).containsExactly("achievement", "trend", "status");
        assertThat(written.get(1).files()).extracting(file -> folder.relativize(file).toString())
                .containsExactly("trend.csv", "trend.lineage.json", "trend.html");
        assertThat(written).allSatisfy(table -> assertThat(table.files()).allSatisfy(file ->
                assertThat(file).isNotEmptyFile()));
        assertThat(reported).containsExactlyInAnyOrder("achievement 3", "trend 3", "status 3");
        assertThat(Files.readString(folder.resolve("status.csv"))).contains("柱", "政策1", "75");
    }

    @Test
    void aFormatThatFailsNamesItsTableAfterTheOtherTablesAreWritten() throws Exception {
        EvidenceExporter broken = new CsvThatCanFail() {
            @Override
            public void export(EvidenceDocument doc, Path file) throws IOException {
                if (doc.name().equals("trend")) {
                    throw new IOException("disk full");
                }
                super.export(doc, file);
            }
        };
        try (ExportQueue queue = new ExportQueue(2, table -> { })) {
            for (String name : List.of("achievement", "trend", "status")) {
                queue.add(name, document(name), List.of(broken), folder);
            }

            assertThatThrownBy(queue::finish).isInstanceOf(IOException.class)
                    .hasMessage("evidence table trend could not be written: disk full");
        }
        assertThat(folder.resolve("achievement.csv")).isNotEmptyFile();
        assertThat(folder.resolve("status.csv")).isNotEmptyFile();
        assertThat(folder.resolve("trend.csv")).doesNotExist();
    }

    @Test
    void closingAfterAFailureLetsRunningWorkEndRatherThanInterruptingIt() throws Exception {
        // A library initialising its classes when interrupted (Tablesaw's class-path scan) stays broken for the
        // rest of the process, so a failed pack must not interrupt what its threads are loading.
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        EvidenceExporter slowToLoad = new CsvThatCanFail() {
            @Override
            public void loadAhead() {
                started.countDown();
                try {
                    Thread.sleep(300);
                    ended.set(true);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
        };
        EvidenceDocument waiting = document("waiting");
        ExportQueue queue = new ExportQueue(1, table -> { });
        queue.loadAhead(List.of(slowToLoad));
        queue.add("waiting", waiting, List.of(slowToLoad), folder);
        started.await();

        queue.close();

        assertThat(interrupted).isFalse();
        assertThat(ended).isTrue();
        assertThat(folder.resolve("waiting.csv")).as("not started when the queue closed").doesNotExist();
    }

    /** The CSV format, for tests that change how it exports or loads. */
    private static class CsvThatCanFail implements EvidenceExporter {
        private final CsvExporter csv = new CsvExporter();

        @Override
        public String format() {
            return csv.format();
        }

        @Override
        public String extension() {
            return csv.extension();
        }

        @Override
        public void export(EvidenceDocument doc, Path file) throws IOException {
            csv.export(doc, file);
        }
    }

    private static EvidenceDocument document(String name) {
        Table table = Table.create(name, StringColumn.create("柱", "政策1", "政策2"),
                DoubleColumn.create("達成率(%)", 75.0, 50.0));
        return new EvidenceDocument(name, name + "の表", "", table, Map.of("達成率(%)", 1), LINEAGE);
    }
}
