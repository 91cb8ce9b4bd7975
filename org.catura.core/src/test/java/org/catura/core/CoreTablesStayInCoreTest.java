package org.catura.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.catura.core.api.process.OrderState;
import org.junit.jupiter.api.Test;

/**
 * Core owns its tables: the other modules' main sources (every folder of the reactor beside this
 * one) read and change orders, the process, issues, the outbox, release rules and the cluster clock's
 * tables only through core's API. A
 * foreign key to {@code catura_order (order_id)} in another bundle's migration is fine: it ties a
 * plugin's own rows to an order without reading or writing core's. Tests may look at the tables.
 */
class CoreTablesStayInCoreTest {

    private static final Pattern CORE_TABLE = Pattern.compile("\\bcatura_(order|process|outbox|release)\\w*|\\bqrtz_\\w*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "references\\s+catura_order\\s*\\(\\s*order_id\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** Names of AD_SysConfig keys that only look like core's tables (upper case, as iDempiere's keys are). */
    private static final Pattern SYSCONFIG_KEY = Pattern.compile("\\bCATURA_ORDER_DOCTYPE_ID\\b");
    private static final Pattern STATE_LITERAL = Pattern.compile("'(" + Arrays.stream(OrderState.values())
            .map(Enum::name).collect(Collectors.joining("|")) + ")'");

    private static final Path REACTOR = Path.of("").toAbsolutePath().getParent();

    @Test
    void noOtherModulesMainSourcesTouchCoresTables() {
        List<String> found = new ArrayList<>();
        for (Path file : otherModulesMainSources()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (isComment(file, line)) {
                    continue;
                }
                String withoutKeys = SYSCONFIG_KEY.matcher(FOREIGN_KEY.matcher(line).replaceAll("")).replaceAll("");
                if (CORE_TABLE.matcher(withoutKeys).find()) {
                    found.add(REACTOR.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertTrue(found.isEmpty(), "SQL over core's tables outside core (use OrderProcess, Outbox or a"
                + " ProcessListener instead):\n" + String.join("\n", found));
    }

    @Test
    void noOtherModulesJavaSourcesSpellProcessStatesInSql() {
        List<String> found = new ArrayList<>();
        for (Path file : otherModulesMainSources()) {
            if (!file.toString().endsWith(".java")) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (STATE_LITERAL.matcher(lines.get(i)).find() && !isComment(file, lines.get(i))) {
                    found.add(REACTOR.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertTrue(found.isEmpty(), "Process states spelled as SQL literals outside core (use OrderState):\n"
                + String.join("\n", found));
    }

    @Test
    void theCheckSeesTheOtherModules() {
        assertTrue(otherModulesMainSources().stream().anyMatch(p -> p.toString().contains("org.catura.ticket.plugin")),
                "the reactor root " + REACTOR + " should hold the ticket plugin's sources");
    }

    private static boolean isComment(Path file, String line) {
        String s = line.strip();
        return file.toString().endsWith(".java") && (s.startsWith("*") || s.startsWith("//") || s.startsWith("/*"))
                || file.toString().endsWith(".sql") && s.startsWith("--");
    }

    private static List<Path> otherModulesMainSources() {
        try (Stream<Path> modules = Files.list(REACTOR)) {
            List<Path> files = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory)
                    .filter(m -> !m.getFileName().toString().equals("org.catura.core")).toList()) {
                Path main = module.resolve("src/main");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> tree = Files.walk(main)) {
                        tree.filter(Files::isRegularFile).filter(CoreTablesStayInCoreTest::isText).forEach(files::add);
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(Path p) {
        String n = p.getFileName().toString();
        return Stream.of(".java", ".sql", ".xml", ".ftlh", ".properties", ".bnd", ".bndrun", ".json", ".txt", ".md")
                .anyMatch(n::endsWith);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
