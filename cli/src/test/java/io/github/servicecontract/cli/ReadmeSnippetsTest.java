package io.github.servicecontract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md is, line for line (indentation aside), in a test of some
 * module, which compiles and runs it and checks what it says it prints: a README edited without
 * its code, or code without its README, fails the build.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..");

    /** The README's Java snippets, each as its lines without indentation, blank lines left out. */
    static List<List<String>> snippets(List<String> readme) {
        List<List<String>> snippets = new ArrayList<>();
        List<String> current = null;
        for (String line : readme) {
            if (current == null && line.equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                snippets.add(current);
                current = null;
            } else if (current != null && !line.isBlank()) {
                current.add(line.strip());
            }
        }
        return snippets;
    }

    /** Checks whether {@code lines} hold {@code snippet} as consecutive lines. */
    static boolean holds(List<String> lines, List<String> snippet) {
        for (int start = 0; start + snippet.size() <= lines.size(); start++) {
            if (lines.subList(start, start + snippet.size()).equals(snippet)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyJavaSnippetOfTheReadme_isInATest_verbatim() throws IOException {
        List<List<String>> snippets = snippets(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(snippets).as("the README's Java snippets").hasSizeGreaterThanOrEqualTo(6);
        List<List<String>> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("src" + java.io.File.separator
                    + "test" + java.io.File.separator)).toList()) {
                tests.add(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).map(String::strip)
                        .toList());
            }
        }
        List<String> untested = new ArrayList<>();
        for (List<String> snippet : snippets) {
            // a class given whole is checked from its first method to that method's end: its imports, declaration and
            // closing brace are the test class's own
            List<String> body = snippet;
            if (snippet.stream().anyMatch(line -> line.startsWith("class "))) {
                body = snippet.stream().dropWhile(line -> !line.startsWith("void ") && !line.startsWith("@Test")).toList();
                body = body.subList(0, body.size() - 1);
            }
            List<String> checked = body;
            if (tests.stream().noneMatch(test -> holds(test, checked))) {
                untested.add(snippet.get(0));
            }
        }
        assertThat(untested).as("README snippets no test holds verbatim (first line shown)").isEmpty();
    }

    @Test
    void theReadmesCsvExample_isAValidSheet() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```csv");
        assertThat(start).as("the README's CSV example").isNotNegative();
        String csv = String.join("\n", readme.subList(start + 1, readme.subList(start + 1, readme.size()).indexOf("```") + start + 1));
        io.github.servicecontract.pricing.ratesheet.RateSheet sheet = io.github.servicecontract.ratesheet.RateSheetCsv.read(
                new java.io.StringReader(csv), "README.md");
        assertThat(sheet.validate().isClean()).as("%s", sheet.validate()).isTrue();
        assertThat(sheet.rows()).hasSize(5);
        // the figure the README gives for its brackets: 30 devices, 25 x 1.50 + 5 x 1.00 + 10.00 a month
        io.github.servicecontract.pricing.Brackets brackets = sheet.toRateTable(java.time.LocalDate.of(2026, 1, 1)).findBrackets(
                io.github.servicecontract.pricing.RateKey.of(io.github.servicecontract.pricing.CostComponent.DEVICE_FEE,
                        io.github.servicecontract.model.RegionCode.ofCountry("FR")).withTier(io.github.servicecontract.model.TierId.of("gold")))
                .orElseThrow();
        assertThat(brackets.priceOf(java.math.BigDecimal.valueOf(30)).getNumber().numberValueExact(java.math.BigDecimal.class))
                .isEqualByComparingTo("52.50");
        assertThat(String.join(" ", readme)).contains("5 × 1.00 + 10.00 = 52.50 a month");
    }

    @Test
    void aSnippetIsHeld_onlyWhenItsLinesFollowEachOther() {
        List<List<String>> snippets = snippets(List.of("text", "```java", "  int a = 1;", "", "int b = 2;", "```", "```sh", "ls", "```"));
        assertThat(snippets).containsExactly(List.of("int a = 1;", "int b = 2;"));
        assertThat(holds(List.of("x", "int a = 1;", "int b = 2;"), snippets.get(0))).isTrue();
        assertThat(holds(List.of("int a = 1;", "x", "int b = 2;"), snippets.get(0))).isFalse();
    }
}
