package ebpm.jobs.cli;

import ebpm.analytics.indicatordb.IndicatorStore;
import ebpm.jobs.Storage;
import picocli.CommandLine.Option;

/** The {@code --job-repository} option of the sub-commands that start Spring Batch. */
final class JobRepositoryOption {

    @Option(names = "--job-repository", paramLabel = "URL", defaultValue = "${env:EBPM_JOB_REPOSITORY}",
            description = {"Spring Batch job repository: jdbc:postgresql://HOST:PORT/DB, with the user and password "
                    + "in EBPM_DB_USER and EBPM_DB_PASSWORD",
                    "(default: $EBPM_JOB_REPOSITORY, else an H2 file in <work>/job-repository)"})
    String url;

    Storage storage(WorkOption work) {
        Storage embedded = Storage.embedded(work.folder());
        String jobRepository = url == null || url.isBlank() ? embedded.jobRepositoryUrl() : url.strip();
        if (!jobRepository.startsWith("jdbc:h2:") && !jobRepository.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("job repository '" + jobRepository
                    + "' is not supported; give jdbc:postgresql://HOST:PORT/DATABASE");
        }
        IndicatorStore.refusePasswordIn("job repository", jobRepository);
        return new Storage(work.folder(), work.indicators(), jobRepository);
    }
}
