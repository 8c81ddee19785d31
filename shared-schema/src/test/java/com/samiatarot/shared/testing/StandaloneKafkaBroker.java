package com.samiatarot.shared.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second, private Apache Kafka broker (the same jars deploy/local/stack.sh runs) that a test may stop
 * and start again without disturbing the shared broker other tests use. Real Kafka, not a stand-in.
 */
public final class StandaloneKafkaBroker implements AutoCloseable {

    private final Path libs;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    private StandaloneKafkaBroker(Path libs) throws IOException {
        this.libs = libs;
        this.dir = Files.createTempDirectory("samia-kafka-");
        this.port = freePort();
        this.controllerPort = freePort();
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        // Without a configuration log4j2 prints only errors, and the "started" line never appears.
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "appender.stdout.type = Console",
                "appender.stdout.name = STDOUT",
                "appender.stdout.layout.type = PatternLayout",
                "appender.stdout.layout.pattern = [%d] %p %m (%c)%n",
                ""));
        run(List.of("kafka.tools.StorageTool", "format", "-t", "samia-test-cluster-0001", "-c",
                dir.resolve("server.properties").toString(), "--standalone"), true);
    }

    /** Formats a fresh broker; needs the Kafka jars that {@code deploy/local/stack.sh infra} downloads. */
    public static StandaloneKafkaBroker create() throws IOException {
        Path libs = findLibs();
        return new StandaloneKafkaBroker(libs);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public void start() throws IOException {
        process = run(List.of("kafka.Kafka", dir.resolve("server.properties").toString()), false);
        long deadline = System.currentTimeMillis() + 180_000;
        // A listening port is not yet a broker that serves metadata: wait for its own "started" line too.
        Path log = dir.resolve("broker.log");
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("standalone Kafka exited with " + process.exitValue());
            }
            if (listening() && Files.exists(log) && Files.readString(log).contains("Kafka Server started")) {
                return;
            }
            sleep(200);
        }
        throw new IOException("standalone Kafka did not start on " + port + " within 180 s");
    }

    private boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private Process run(List<String> mainAndArgs, boolean waitForExit) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx384m", "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", libs.resolve("*").toString()));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(waitForExit ? "format.log" : "broker.log").toFile()));
        Process started = builder.start();
        if (waitForExit) {
            try {
                if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
                    throw new IOException("kafka storage format failed: " + Files.readString(dir.resolve("format.log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return started;
    }

    private static Path findLibs() throws IOException {
        String configured = System.getenv("SAMIA_KAFKA_LIBS");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".data/kafka/libs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IOException("Kafka jars not found: run deploy/local/stack.sh infra first");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
