package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.Test;

/** The metatype configuration as SCR hands it over: defaults unless a property is set. */
class TicketSettingsTest {

    static TicketConfig config(Map<String, Object> set) {
        return (TicketConfig) Proxy.newProxyInstance(TicketConfig.class.getClassLoader(),
                new Class<?>[] {TicketConfig.class}, (proxy, method, args) -> set.containsKey(method.getName())
                        ? set.get(method.getName()) : defaultOf(method));
    }

    private static Object defaultOf(Method m) {
        if (m.getDefaultValue() == null) {
            throw new UnsupportedOperationException(m.getName());
        }
        return m.getDefaultValue();
    }

    @Test
    void theConfigurationGivesDueTimesPerTypeAndTheSupervisor() {
        TicketSettings s = TicketSettings.from(config(Map.of("supervisor", "sabine", "manualQueueDueHours", 0.5,
                "escalationIntervalSeconds", 30L)));
        assertEquals(Duration.ofMinutes(30), s.dueAfter(TicketType.MANUAL_QUEUE));
        assertEquals(Duration.ofHours(2), s.dueAfter(TicketType.STATION_ERROR));
        assertEquals(Duration.ofHours(48), s.dueAfter(TicketType.OTHER));
        assertEquals("sabine", s.escalationRecipient(), "no mail address: the user name");
        assertEquals(30, s.escalationIntervalSeconds());
        assertEquals(5, s.watchIntervalSeconds());
        assertEquals(TicketSettings.defaults(), TicketSettings.from(config(Map.of())));
    }

    @Test
    void theDeprecatedAttributesAConfigurationSetsAreNamedForTheWarning() {
        assertEquals(java.util.List.of(), TicketSettings.from(config(Map.of("escalationIntervalSeconds", 30L)))
                .deprecatedOverrides());
        assertEquals(java.util.List.of("supervisor", "MANUAL_QUEUE due hours"), TicketSettings.from(config(Map.of(
                "supervisor", "sabine", "manualQueueDueHours", 0.5))).deprecatedOverrides());
    }

    @Test
    void nonsenseIsRefusedWithTheSettingNamed() {
        assertEquals("Due hours must not be negative, were -1.0", assertThrows(IllegalArgumentException.class,
                () -> TicketSettings.from(config(Map.of("stationErrorDueHours", -1.0)))).getMessage());
        assertEquals("The ticket configuration needs a supervisor user name", assertThrows(
                IllegalArgumentException.class, () -> TicketSettings.from(config(Map.of("supervisor", " "))))
                .getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TicketSettings.from(config(Map.of("watchIntervalSeconds", 0L))));
    }
}
