package org.entente;

import org.entente.fault.PrivateMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged app ({@code target/quarkus-app/quarkus-run.jar}) in a child JVM, as production runs
 * it (prod profile, -Xmx128m), on its own port and pointed at a given database; its log goes to target/.
 */
final class AppProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** The administrator every instance creates from its configuration (the first one to start wins). */
    static final String ADMIN_EMAIL = "cluster-admin@entente.test";
    static final String ADMIN_PASSWORD = "cluster administrator password";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    /** The management interface's port, where the metrics are (no login). */
    final int managementPort;
    final Path log;
    private final Process process;

    private AppProcess(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts the instance {@code name}; {@code settings} are passed as system properties (-Dkey=value). */
    static AppProcess start(String name, String jdbcUrl, Map<String, String> settings) {
        try {
            int port = PrivateMariaDb.freePort();
            int managementPort = PrivateMariaDb.freePort();
            Path log = Files.createDirectories(Path.of("target/two-instances")).resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m"));
            settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.addAll(List.of("-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("ENTENTE_DB_URL", jdbcUrl);
            builder.environment().put("ENTENTE_DB_USER", "root");
            builder.environment().put("ENTENTE_DB_PASSWORD", "");
            builder.environment().put("PORT", String.valueOf(port));
            builder.environment().put("ENTENTE_HTTP_HOST", "127.0.0.1");
            builder.environment().put("ENTENTE_MANAGEMENT_PORT", String.valueOf(managementPort));
            builder.environment().put("ENTENTE_ADMIN_EMAIL", ADMIN_EMAIL);
            builder.environment().put("ENTENTE_ADMIN_PASSWORD", ADMIN_PASSWORD);
            return new AppProcess(name, port, managementPort, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness answers UP; fails with the log's location if the instance died or took too long. */
    void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Instance " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (get("/q/health/ready") == 200) {
                return;
            }
            PrivateMariaDb.sleep(250);
        }
        throw new IllegalStateException("Instance " + name + " not ready within " + limit + "; see " + log);
    }

    /** The status code of a GET, or -1 when nothing answers. */
    int get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Logs in through the login form (CSRF cookie and field, as a browser sends them); answers the session cookie. */
    String logIn(String email, String password) {
        try {
            HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            String csrfCookie = cookie(form, "entente-csrf");
            java.util.regex.Matcher token = java.util.regex.Pattern
                    .compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.body());
            if (csrfCookie == null || !token.find()) {
                throw new IllegalStateException("No login form on " + name + ": " + form.statusCode());
            }
            String body = "email=" + enc(email) + "&password=" + enc(password) + "&csrf-token=" + enc(token.group(1));
            HttpResponse<String> done = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "entente-csrf=" + csrfCookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = cookie(done, "entente-session");
            if (done.statusCode() != 303 || session == null) {
                throw new IllegalStateException("Login on " + name + " answered " + done.statusCode());
            }
            return session;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with the session cookie: status and body. */
    HttpResponse<String> get(String path, String session) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Cookie", "entente-session=" + session).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpResponse<?> response, String cookieName) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(cookieName + "="))
                .map(c -> c.substring(cookieName.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The sum of a Prometheus counter's series at /q/metrics on the management port (0 when it has none yet). */
    double metric(String name) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics"))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: the instance dies without shutting down, as a crashed pod or a lost node does. */
    void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill9();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }


    /** Stops instances and databases in the order given, reporting what fails to stop instead of throwing. */
    static void closeAll(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.err.println("Could not stop " + c + ": " + e.getMessage());
            }
        }
    }
}
