package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.servicecontract.i18n.ContractDocuments;
import io.github.servicecontract.model.Site;
import io.github.servicecontract.pricing.Quote;
import io.github.servicecontract.ratesheet.RateSheetCsv;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code path reaches the network: our classes reference no networking API, and every command
 * runs with sockets and http(s) URLs forbidden. (The build also bans Moneta's exchange-rate
 * modules and any HTTP client with an enforcer rule.)
 */
class NoNetworkTest {

    private static final List<String> NETWORK_APIS = List.of("java/net/Socket", "java/net/ServerSocket", "java/net/URL",
            "java/net/HttpURLConnection", "java/net/http/", "java/net/InetAddress", "java/net/DatagramSocket",
            "java/nio/channels/SocketChannel", "javax/net/");

    /** The classes of every servicecontract module on this test's path. */
    private static List<Path> ourClassLocations() throws Exception {
        List<Path> locations = new ArrayList<>();
        for (Class<?> type : List.of(Site.class, Quote.class, ContractDocuments.class, RateSheetCsv.class, ServiceContractCli.class)) {
            locations.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return locations;
    }

    @Test
    void ourClassesReferenceNoNetworkingApi() throws Exception {
        List<String> offenders = new ArrayList<>();
        int classes = 0;
        for (Path location : ourClassLocations()) {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        classes++;
                        check(file.toString(), Files.readAllBytes(file), offenders);
                    }
                }
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location, Map.of());
                        Stream<Path> files = Files.walk(jar.getPath("/"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        classes++;
                        check(location.getFileName() + "!" + file, Files.readAllBytes(file), offenders);
                    }
                }
            }
        }
        assertThat(classes).as("classes scanned").isGreaterThan(100);
        assertThat(offenders).isEmpty();
    }

    private static void check(String name, byte[] bytes, List<String> offenders) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String api : NETWORK_APIS) {
            if (text.contains(api)) {
                offenders.add(name + " uses " + api);
            }
        }
    }

    @Test
    void everyCommandRunsWithTheNetworkForbidden() throws Exception {
        forbidNetwork();
        for (String[] command : List.of(new String[] {"quote", "--explain", "--format", "html"}, new String[] {"contract"},
                new String[] {"compare"}, new String[] {"schedule"}, new String[] {"renewal", "--on", "2026-10-01"},
                new String[] {"validate"},
                new String[] {"quote", "-i", CommandsTest.resource("milan.json").toString(), "-l", "de-CH"})) {
            CliRun run = CliRun.of(command);
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
        }
        assertThat(NETWORK_ATTEMPTS).isEmpty();
    }

    private static final List<String> NETWORK_ATTEMPTS = new ArrayList<>();
    private static boolean forbidden;

    private static synchronized void forbidNetwork() throws IOException {
        if (forbidden) {
            return;
        }
        forbidden = true;
        URL.setURLStreamHandlerFactory(protocol -> List.of("http", "https", "ftp").contains(protocol) ? new URLStreamHandler() {
            @Override
            protected java.net.URLConnection openConnection(URL url) {
                NETWORK_ATTEMPTS.add(url.toString());
                throw new AssertionError("network access to " + url);
            }
        } : null);
        @SuppressWarnings("deprecation")
        Runnable install = () -> {
            try {
                Socket.setSocketImplFactory(() -> {
                    NETWORK_ATTEMPTS.add("socket");
                    throw new AssertionError("a socket was opened");
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        install.run();
    }
}
