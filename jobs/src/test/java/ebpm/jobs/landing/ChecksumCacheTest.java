package ebpm.jobs.landing;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.checksum.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumCacheTest {

    @TempDir
    Path folder;

    @Test
    void anUnchangedFileIsRecognisedFromTheCacheWithoutBeingReadAgain() throws Exception {
        Path landing = Files.writeString(folder.resolve("a.csv"), "年度,柱\n2020,Ⅰ\n");
        Path cacheFile = folder.resolve("work/landing-checksums.tsv");
        ChecksumCache first = ChecksumCache.load(cacheFile);
        assertThat(first.sha256(landing)).isEqualTo(Sha256.ofFile(landing));
        first.save();

        // A checksum planted in the cache is what comes back: the file itself was not read.
        String planted = "f".repeat(64);
        List<String> lines = Files.readAllLines(cacheFile);
        assertThat(lines).hasSize(1);
        Files.write(cacheFile, List.of(lines.get(0).substring(0, lines.get(0).lastIndexOf('\t') + 1) + planted));
        assertThat(ChecksumCache.load(cacheFile).sha256(landing)).isEqualTo(planted);
    }

    @Test
    void aFileWrittenAgainIsReadAgainEvenWithTheSameSize() throws Exception {
        Path landing = Files.writeString(folder.resolve("a.csv"), "2020,100\n");
        Path cacheFile = folder.resolve("landing-checksums.tsv");
        ChecksumCache cache = ChecksumCache.load(cacheFile);
        String before = cache.sha256(landing);
        cache.save();

        Files.writeString(landing, "2020,900\n");

        assertThat(ChecksumCache.load(cacheFile).sha256(landing))
                .isEqualTo(Sha256.ofFile(landing))
                .isNotEqualTo(before);
    }

    @Test
    void filesGoneFromTheLandingZoneDropOutAndABrokenLineIsIgnored() throws Exception {
        Path kept = Files.writeString(folder.resolve("kept.csv"), "1\n");
        Path gone = Files.writeString(folder.resolve("gone.csv"), "2\n");
        Path cacheFile = folder.resolve("landing-checksums.tsv");
        ChecksumCache cache = ChecksumCache.load(cacheFile);
        cache.sha256(kept);
        cache.sha256(gone);
        Files.delete(gone);
        cache.save();
        Files.writeString(cacheFile, "not a cache line\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(Files.readAllLines(cacheFile)).hasSize(2).first().asString().startsWith(kept.toString());
        assertThat(ChecksumCache.load(cacheFile).sha256(kept)).isEqualTo(Sha256.ofFile(kept));
    }
}
