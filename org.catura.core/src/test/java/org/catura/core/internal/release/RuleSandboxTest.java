package org.catura.core.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.RuleError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Escape attempts: a rule that tries to reach the host (files, reflection, class loading,
 * processes, the JVM) or to exhaust it (huge allocations, endless evaluation) is refused with a
 * message when it is saved, and does nothing when a rule stored earlier is evaluated.
 */
class RuleSandboxTest {

    @TempDir
    static Path dir;

    static Path secret;
    static Path written;

    final RuleConditions conditions = new RuleConditions();

    @BeforeEach
    void files() throws IOException {
        secret = dir.resolve("secret.key");
        Files.writeString(secret, "s3cr3t");
        written = dir.resolve("written.txt");
        Files.deleteIfExists(written);
    }

    static Stream<String> escapes() {
        String s = "'" + dir.resolve("secret.key") + "'";
        String w = "'" + dir.resolve("written.txt") + "'";
        return Stream.of(
                // files
                "new('java.io.FileInputStream', " + s + ").read() == 115",
                "new('java.io.FileWriter', " + w + ", true).append('pwned') != null",
                "new('java.io.File', " + w + ").createNewFile()",
                "new('java.io.FileReader', " + s + ").read() > 0",
                // reflection and class loading
                "''.getClass().forName('java.lang.Runtime') != null",
                "''.class.getName() == 'java.lang.String'",
                "''.class != null",
                "currency.bytes != null",
                "''.getClass().getClassLoader() == null",
                "total.getClass().getName() != null",
                "new('java.net.URLClassLoader', []) != null",
                // processes and the JVM
                "new('java.lang.ProcessBuilder', ['touch', " + w + "]).start() != null",
                "''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch ' + " + w + ") != null",
                "''.getClass().forName('java.lang.System').exit(3) == null",
                "#pragma jexl.namespace.rt java.lang.Runtime\n rt:getRuntime() != null",
                "#pragma jexl.import java.lang\n true",
                // huge allocations
                "'x'.repeat(1000000000).length() > 0",
                "new('java.util.ArrayList', 2000000000) != null",
                "total.setScale(999999999) > 0",
                "(1..2000000000) =~ (1..2000000000)",
                "(1..2000000000).containsAll(1..2000000000)",
                // endless or side effects
                "(f -> f(f))(f -> f(f))",
                "(x -> true)(1)",
                "function(x) { x }(1) == 1",
                "(total = 0) == 0",
                "{'a': 1}.a = 2",
                "{'a': 1}.put('a', 2) == null",
                "total++ > 0",
                "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){12}'",
                "@synchronized(total) true",
                // longer than a rule may be
                "total > 1 " + "|| total > 1 ".repeat(200));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void anEscapeAttemptIsRefusedWhenTheRuleIsSaved(String condition) {
        Optional<RuleError> error = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> conditions.validate(condition));
        assertTrue(error.isPresent(), "accepted: " + condition);
        assertFalse(error.get().message().isBlank());
        assertFalse(Files.exists(written), "the rule wrote a file while it was checked");
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void aStoredEscapeAttemptDoesNothingWhenEvaluated(String condition) {
        ReleaseRule rule = new ReleaseRule(1, 10, "Sneaky", condition, ReleaseAction.MANUAL_QUEUE, "x", 0, true,
                null);
        RuleBook book = new RuleBook(conditions);
        IllegalArgumentException refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                IllegalArgumentException.class, () -> book.decide(List.of(rule), facts(), java.time.Instant.now())));
        assertTrue(refused.getMessage().startsWith("Rule 'Sneaky': "), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cr3t"), refused.getMessage());
        assertFalse(Files.exists(written), "the rule wrote a file");
    }

    @Test
    void aRefusalSaysWhatARuleMayNotUse() {
        String newInstance = conditions.validate("new('java.io.FileInputStream', '/etc/passwd') != null")
                .orElseThrow().message();
        assertTrue(newInstance.contains("may not create objects"), newInstance);
        String call = conditions.validate("'x'.repeat(1000000000) != ''").orElseThrow().message();
        assertTrue(call.contains("'repeat'") && call.contains("may not call"), call);
        String lambda = conditions.validate("(x -> true)(1)").orElseThrow().message();
        assertTrue(lambda.contains("may not use functions"), lambda);
        String assignment = conditions.validate("(total = 0) == 0").orElseThrow().message();
        assertTrue(assignment.contains("may not change"), assignment);
        String tooLong = conditions.validate("true " + "&& true ".repeat(300)).orElseThrow().message();
        assertTrue(tooLong.contains("longer than 2000 characters"), tooLong);
        String slow = conditions.validate("'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){12}'").orElseThrow()
                .message();
        assertTrue(slow.contains("took longer than"), slow);
        String range = conditions.validate("(1..2000000000) =~ (1..2000000000)").orElseThrow().message();
        assertTrue(range.contains("at most 10000 numbers"), range);
        String infinite = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> conditions.validateDate("1E+999999999").orElseThrow().message());
        assertTrue(infinite.contains("not finite"), infinite);
        String farAway = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> conditions.validateDate("total * 1E+300").orElseThrow().message());
        assertTrue(farAway.contains("beyond 100 years"), farAway);
    }

    @Test
    void anErrorNeverShowsWhatTheExpressionGave() {
        Map<String, Object> facts = facts();
        facts.put("giftMessage", "Happy birthday, Anna Schmidt, Hauptstr. 5");
        ReleaseRule hold = new ReleaseRule(1, 10, "Gift hold", "true", ReleaseAction.HOLD, "x", 0, true,
                "giftMessage");
        IllegalArgumentException notADate = assertThrows(IllegalArgumentException.class,
                () -> new RuleBook(conditions).decide(List.of(hold), facts, java.time.Instant.now()));
        assertEquals("Rule 'Gift hold': the hold date gave text that is not a date like 2026-12-27, an instant like"
                + " 2026-12-27T07:00:00Z or a number of hours", notADate.getMessage());
        ReleaseRule text = new ReleaseRule(1, 10, "Gift text", "giftMessage", ReleaseAction.MANUAL_QUEUE, "x", 0,
                true, null);
        IllegalArgumentException notYesNo = assertThrows(IllegalArgumentException.class,
                () -> new RuleBook(conditions).decide(List.of(text), facts, java.time.Instant.now()));
        assertEquals("Rule 'Gift text': the condition gave text, not true or false", notYesNo.getMessage());
        ReleaseRule key = new ReleaseRule(1, 10, "By message", "{'a': true}[giftMessage]",
                ReleaseAction.MANUAL_QUEUE, "x", 0, true, null);
        IllegalArgumentException unknownKey = assertThrows(IllegalArgumentException.class,
                () -> new RuleBook(conditions).decide(List.of(key), facts, java.time.Instant.now()));
        assertFalse(unknownKey.getMessage().contains("Anna"), unknownKey.getMessage());
    }

    @Test
    void whatRulesMayUseStillWorks() {
        Map<String, Object> facts = facts();
        for (String condition : List.of("total > ({'EUR': 1000, 'GBP': 850}[currency] ?? 1000) == false",
                "!(country =~ ['FR','AT'])", "size(issues) == 0", "'GIFT' =~ flags == false",
                "currency.toLowerCase() == 'eur' && currency.length() == 3", "currency.startsWith('E')",
                "country =^ 'D' && country =$ 'E'", "today.substring(0, 4) >= '2026'", "skus.contains('SKU-1')", "{'a': true}.a && {'a': true}['a']",
                "empty(purchaseOrderNumber) && purchaseOrderNumber == null", "total.compareTo(total) == 0 && total.intValue() == 12",
                "serviceLevel != null && serviceLevel =~ ['Expedited', 'Standard']", "skus.size() == 1",
                "totalDifference > 0.02 || quantity >= 3 || !prime", "latestShipDate == null ? true : false")) {
            assertEquals(Optional.empty(), conditions.validate(condition), condition);
            assertTrue(conditions.matches(condition, facts), condition);
        }
        assertEquals(BigDecimal.valueOf(24), new BigDecimal(conditions.value(
                "latestShipDate == null ? 24 : hoursToLatestShip - 48", facts).toString()));
        assertEquals(Optional.empty(), conditions.validateDate("'2026-12-27'"));
    }

    static Map<String, Object> facts() {
        Map<String, Object> f = new HashMap<>(ReleaseFacts.sample());
        f.put("total", new BigDecimal("12.50"));
        f.put("currency", "EUR");
        f.put("country", "DE");
        f.put("serviceLevel", "Standard");
        f.put("latestShipDate", null);
        f.put("purchaseOrderNumber", null);
        f.put("today", "2026-12-01");
        f.put("skus", new TreeSet<>(List.of("SKU-1")));
        f.put("prime", false);
        return f;
    }
}
