package ebpm.jobs;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import ebpm.jobs.nightly.NightlyJobConfiguration;
import ebpm.jobs.nightly.NightlyLauncher;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The Spring context of the batch side: the nightly job, its job repository (an H2 file in the work folder, or
 * PostgreSQL) and the indicator store the steps write to. Started only by the commands that need it, so
 * {@code ebpm catalog} and {@code ebpm evidence} stay quick. Its two beans are named, not found by scanning the
 * jobs' several hundred classes at every start.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({NightlyJobConfiguration.class, NightlyLauncher.class})
public class BatchApplication {

    public static ConfigurableApplicationContext start(Storage storage) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", storage.jobRepositoryUrl(),
                // The H2 file is the night's own: Spring Boot makes its tables. On PostgreSQL the night's role has
                // no DDL: 'ebpm db migrate' makes them (JobRepositorySchema), checked before the night starts.
                "spring.batch.jdbc.initialize-schema", storage.jobRepositoryEmbedded() ? "always" : "never",
                "spring.batch.job.enabled", "false"));
        if (storage.jobRepositoryEmbedded()) {
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        } else {
            // Spring resolves these placeholders from the environment: the values never pass through our code or
            // logs. Left out when unset, so that a user named in the URL (?user=…) still applies.
            for (String[] credential : new String[][] {{"username", "EBPM_DB_USER"}, {"password", "EBPM_DB_PASSWORD"}}) {
                if (System.getenv(credential[1]) != null) {
                    properties.put("spring.datasource." + credential[0], "${" + credential[1] + "}");
                }
            }
        }
        return new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().registerSingleton("storage", storage))
                .run();
    }
}
