package ebpm.jobs.health;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.jobs.cli.Ebpm;
import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample in {@code sample-data/landing/health} is exactly what {@link HealthSampleGenerator} writes.
 * After changing the generator, rewrite the sample with
 * {@code mvn -B -q test -pl jobs -am -Dtest=HealthSampleDataTest -Dsurefire.failIfNoSpecifiedTests=false -Debpm.writeSample=true}.
 */
class HealthSampleDataTest {

    private static final Path COMMITTED = Ebpm.SAMPLE_LANDING.resolve("health");

    @Test
    void theCommittedSampleIsTheGeneratorsOutput() throws IOException {
        if (Boolean.getBoolean("ebpm.writeSample")) {
            new HealthSampleGenerator().write(Ebpm.SAMPLE_LANDING);
        }
        Map<String, byte[]> generated = new HealthSampleGenerator().files();

        assertThat(committedFiles().keySet()).containsExactlyElementsOf(new TreeMap<>(generated).keySet());
        generated.forEach((name, bytes) -> assertThat(COMMITTED.resolve(name)).as(name).hasBinaryContent(bytes));
    }

    @Test
    void generatingTwiceGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        new HealthSampleGenerator().write(first);
        new HealthSampleGenerator().write(second);

        for (String name : committedFiles().keySet()) {
            assertThat(first.resolve("health").resolve(name)).hasSameBinaryContentAs(second.resolve("health").resolve(name));
        }
    }

    @Test
    void oneFilePerMunicipalityInTheWaysOfficesSaveThem() throws IOException {
        List<String> encodings = new ArrayList<>();
        for (Path file : committedFiles().values()) {
            try (TabularFile table = TabularFiles.open(file, TabularOptions.defaults())) {
                encodings.add(table.encoding());
                assertThat(table.header()).containsExactlyElementsOf(HealthEvaluationSource.COLUMNS);
            }
        }
        assertThat(encodings).hasSize(33)
                .containsOnly("UTF-8", "UTF-8 (BOM)", "windows-31j")
                .filteredOn("windows-31j"::equals).hasSize(11);
        long bytes = 0;
        for (Path file : committedFiles().values()) {
            bytes += Files.size(file);
        }
        assertThat(bytes).as("the committed sample stays small").isLessThan(200_000);
    }

    private static Map<String, Path> committedFiles() throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(COMMITTED)) {
            list.forEach(file -> files.put(file.getFileName().toString(), file));
        }
        return files;
    }
}
