package ebpm.jobs;

import java.nio.file.Path;

/**
 * Everything a run produces lives under one work folder: the Parquet lake, the indicator database, the evidence
 * packs, the rejects, the Spring Batch job repository and what is kept to make the next run quicker.
 */
public record WorkFolder(Path root) {

    public WorkFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path lake() {
        return root.resolve("lake");
    }

    public Path indicatorDatabase() {
        return root.resolve("indicators.duckdb");
    }

    public Path evidence() {
        return root.resolve("evidence");
    }

    public Path rejects() {
        return root.resolve("rejects");
    }

    /** WRITE_DELAY=0: a step's recorded end survives a kill -9 that comes right after it (H2 waits 0.5 s by default). */
    public String jobRepositoryUrl() {
        return "jdbc:h2:file:" + root.resolve("job-repository").resolve("ebpm") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** The checksums of landing files already read ({@code ChecksumCache}). */
    public Path landingChecksums() {
        return root.resolve("landing-checksums.tsv");
    }

    /** Rows of the models computed per lake partition, kept between runs ({@code PartitionedModelCache}). */
    public Path modelCache() {
        return root.resolve("model-cache");
    }

    /** The report of the last night, rewritten as each of its steps starts and ends ({@code RunReportFile}). */
    public Path runReport() {
        return root.resolve("nightly-report.txt");
    }

    /** The report of each of the last nights, {@code run-<n>.txt} ({@code RunReportFile}). */
    public Path runReports() {
        return root.resolve("nightly-reports");
    }

    public Path runLock() {
        return root.resolve("nightly.lock");
    }
}
