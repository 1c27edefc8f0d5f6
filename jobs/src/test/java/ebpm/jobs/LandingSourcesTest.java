package ebpm.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import ebpm.analytics.project.Project;
import ebpm.jobs.landing.LandingSource;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each source is listed under the landing folder it reads, so a night's steps and its sources agree. */
class LandingSourcesTest {

    @Test
    void everySourceIsListedUnderItsOwnLandingFolderName() {
        assertThat(LandingSources.all(Project.builtIn(), LocalDate.of(2026, 11, 21)))
                .extracting(LandingSource::name).containsExactlyElementsOf(LandingSources.names());
        assertThat(LandingSources.named("health", Project.builtIn(), LocalDate.of(2026, 11, 21)))
                .map(LandingSource::name).contains("health");
    }
}
