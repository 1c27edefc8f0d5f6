package ebpm.jobs;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of the batch side: the nightly job and its job repository (an H2 file in the work folder).
 * Started only by the commands that need it, so {@code ebpm catalog} and {@code ebpm evidence} stay quick.
 */
@SpringBootApplication
public class BatchApplication {

    public static ConfigurableApplicationContext start(WorkFolder work) {
        return new SpringApplicationBuilder(BatchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "spring.datasource.url", work.jobRepositoryUrl(),
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "",
                        "spring.batch.jdbc.initialize-schema", "always",
                        "spring.batch.job.enabled", "false"))
                .run();
    }
}
