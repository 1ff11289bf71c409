package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The README's first command, run as a process on the built jar (after packaging). */
class RunnableJarTest {

    @Test
    void theRunnableJar_quotesTheSampleInFrench() throws Exception {
        Path jar = Path.of(System.getProperty("runnable.jar", "target/servicecontract-cli.jar"));
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "quote", "--locale", "fr"))
                .redirectErrorStream(false).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(out.replace('\u202F', ' ').replace('\u00A0', ' ')).startsWith("Domotique Rhône SARL\n").contains("\nDevis de contrat de maintenance\n")
                .containsPattern("Total TTC +2 473,80 €");
        Process bad = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "quote", "--tier", "platinum")).start();
        assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(Files.size(jar)).isPositive();
    }

    @Test
    void theLauncher_quotesTheSample_withTheClassDataSharingArchiveMadeAtPackageTime() throws Exception {
        Path jar = Path.of(System.getProperty("runnable.jar", "target/servicecontract-cli.jar")).toAbsolutePath();
        Path launcher = jar.resolveSibling("servicecontract");
        Path archive = jar.resolveSibling("servicecontract-cli.jsa");
        assertThat(launcher).exists();
        assertThat(archive).exists();
        org.junit.jupiter.api.Assumptions.assumeTrue(launcher.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "a POSIX shell script");
        assertThat(Files.isExecutable(launcher)).isTrue();
        Process process = new ProcessBuilder(List.of(launcher.toString(), "quote", "--locale", "fr")).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(out.replace('\u202F', ' ').replace('\u00A0', ' ')).containsPattern("Total TTC +2 473,80 €");
        // the archive maps for this JVM and this jar: with sharing required, the JVM refuses to start otherwise
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process shared = new ProcessBuilder(List.of(java.toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar",
                jar.toString(), "--version")).redirectErrorStream(true).start();
        assertThat(shared.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String version = new String(shared.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shared.exitValue()).as(version).isZero();
        assertThat(version).startsWith("servicecontract ");
    }

    @Test
    void theRunnableJar_carriesTheNoticesAndLicencesOfEveryDependencyItBundles() throws Exception {
        Path jar = Path.of(System.getProperty("runnable.jar", "target/servicecontract-cli.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(read(file, "META-INF/NOTICE")).contains("Apache Commons CSV", "Apache Commons IO", "Apache Commons Codec",
                    "Jackson");
            assertThat(read(file, "META-INF/LICENSE.txt")).contains("Apache License",
                    "COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL)");
            assertThat(read(file, "META-INF/LICENSE")).contains("Apache License");
        }
    }

    private static String read(JarFile jar, String entry) throws Exception {
        JarEntry found = jar.getJarEntry(entry);
        assertThat(found).as(entry).isNotNull();
        try (var in = jar.getInputStream(found)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
