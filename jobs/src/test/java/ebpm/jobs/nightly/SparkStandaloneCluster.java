package ebpm.jobs.nightly;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on loopback, started from Spark's own classes (no download): one master and one worker,
 * each in a child JVM with this test's classpath and JVM flags. The worker launches executors as a real cluster
 * does; its {@code SPARK_HOME} is an empty distribution, so executors take Spark from the classpath the driver
 * gives them. Only 127.0.0.1 is ever used.
 */
final class SparkStandaloneCluster implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    /** Spark logs every task at INFO; the child JVMs log warnings only (logback's own default is DEBUG). */
    private static final String QUIET_LOGGING = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} %msg%n</pattern></encoder>
              </appender>
              <logger name="org.apache.hadoop" level="ERROR"/>
              <logger name="org.apache.spark.deploy" level="INFO"/>
              <root level="WARN"><appender-ref ref="out"/></root>
            </configuration>
            """;

    private final Path folder;
    private final int masterPort;
    private final List<Process> processes = new ArrayList<>();

    private SparkStandaloneCluster(Path folder, int masterPort) {
        this.folder = folder;
        this.masterPort = masterPort;
    }

    static SparkStandaloneCluster start(Path folder) throws IOException, InterruptedException {
        Path sparkHome = Files.createDirectories(folder.resolve("spark-home/jars"));
        Files.writeString(folder.resolve("logback.xml"), QUIET_LOGGING);
        SparkStandaloneCluster cluster = new SparkStandaloneCluster(folder, freePort());
        try {
            cluster.processes.add(cluster.java("master", List.of("-Dspark.master.rest.enabled=false",
                    "org.apache.spark.deploy.master.Master",
                    "--host", LOOPBACK, "--port", Integer.toString(cluster.masterPort),
                    "--webui-port", Integer.toString(freePort())), sparkHome.getParent()));
            cluster.processes.add(cluster.java("worker", List.of("org.apache.spark.deploy.worker.Worker",
                    "--host", LOOPBACK, "--port", Integer.toString(freePort()),
                    "--webui-port", Integer.toString(freePort()), "--cores", "2", "--memory", "1g",
                    "--work-dir", Files.createDirectories(folder.resolve("worker")).toString(),
                    cluster.masterUrl()), sparkHome.getParent()));
            // The worker keeps trying to register until the master is up; both start at once.
            cluster.awaitMaster(Duration.ofSeconds(90));
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String masterUrl() {
        return "spark://" + LOOPBACK + ":" + masterPort;
    }

    /**
     * Runs a driver program against the cluster in a child JVM, as {@code spark-submit --deploy-mode client} would,
     * and returns its exit code; its output is in {@code <folder>/driver.log}.
     */
    int submit(String mainClass, List<String> arguments, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "-Dspark.master=" + masterUrl(),
                "-Dspark.driver.host=" + LOOPBACK,
                "-Dspark.driver.bindAddress=" + LOOPBACK,
                "-Dspark.executor.memory=512m",
                "-Dspark.cores.max=2",
                "-Dspark.executor.extraClassPath=" + classpath(),
                "-Dspark.executor.extraJavaOptions=" + String.join(" ", childJvmOptions()),
                mainClass));
        command.addAll(arguments);
        Process driver = java("driver", command, folder.resolve("spark-home"));
        try {
            if (!driver.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the driver did not finish within " + timeout + "\n" + logs());
            }
            return driver.exitValue();
        } finally {
            driver.destroyForcibly();
        }
    }

    /** What the driver, master, worker and executors wrote, to explain a failure. */
    String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path log : files.filter(file -> file.toString().endsWith(".log")
                    || file.getFileName().toString().equals("stderr")).sorted().toList()) {
                logs.append("== ").append(folder.relativize(log)).append('\n').append(Files.readString(log));
            }
        }
        return logs.toString();
    }

    @Override
    public void close() {
        // The worker first (it stops its executors), then the master.
        List<Process> lastStartedFirst = new ArrayList<>(processes);
        java.util.Collections.reverse(lastStartedFirst);
        for (Process process : lastStartedFirst) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process java(String name, List<String> arguments, Path sparkHome) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(childJvmOptions());
        command.addAll(List.of("-Xmx512m", "-cp", classpath()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SPARK_HOME", sparkHome.toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        environment.put("SPARK_LOCAL_IP", LOOPBACK);
        environment.put("SPARK_LOCAL_DIRS", Files.createDirectories(folder.resolve("local")).toString());
        return builder.start();
    }

    private void awaitMaster(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, masterPort), 1000);
                return;
            } catch (IOException notYet) {
                if (!processes.get(0).isAlive()) {
                    throw new AssertionError("the Spark master stopped\n" + logs());
                }
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the Spark master did not listen within " + timeout + "\n" + logs());
    }

    /**
     * The test JVM's own flags that matter to Spark (its --add-opens list, set by the build, and the compiler level)
     * go to every child JVM, executors included, with the quiet logging.
     */
    private List<String> childJvmOptions() {
        List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("--add-opens") || flag.startsWith("-Dfile.encoding")
                        || flag.startsWith("-Dio.netty") || flag.startsWith("-Djdk.reflect")
                        || flag.startsWith("-XX:TieredStopAtLevel"))
                .toList());
        options.add("-Dlogback.configurationFile=" + folder.resolve("logback.xml"));
        return options;
    }

    private static String classpath() {
        return System.getProperty("java.class.path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
