package org.catura.core.api.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of one sales channel (an Amazon seller account and marketplace, say), as a
 * channel plugin offers it to the settings page. The page knows nothing about the channel: it
 * renders {@link #fields()} and hands changes back to {@link #update}.
 *
 * <p>Secrets are write-only: {@link #values()} must never contain a {@link SettingField.Kind#SECRET}
 * field's value; {@link #secretsSet()} says which secrets have one.
 */
public interface ChannelSettings {

    /** A stable id, used in URLs (e.g. {@code amazon-de}). */
    String channelId();

    /** What a person reads (e.g. {@code Amazon.de — Seller Central}). */
    String title();

    List<SettingField> fields();

    /** The current values of all fields except secrets, by field name; absent: not set. */
    Map<String, String> values();

    /** The names of the secret fields that have a value. */
    List<String> secretsSet();

    /**
     * Applies changes: field name → new value. Secret fields appear only when a person typed a new
     * value; a field absent from {@code changes} keeps its value. All or nothing.
     *
     * @throws SettingsException naming the field and what is wrong; nothing was changed
     */
    void update(Map<String, String> changes, String who);

    /**
     * Signs in with the stored credentials and makes one harmless call, saying what failed in plain
     * words. Empty when the channel offers no such test.
     */
    default Optional<ConnectionTest> testConnection() {
        return Optional.empty();
    }

    /** One configurable field. {@code choices} lists the allowed values of a {@link Kind#CHOICE} or {@link Kind#CHOICES}. */
    record SettingField(String name, String label, Kind kind, String help, boolean required, List<String> choices) {

        public SettingField {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        /** How the page shows and reads a field. */
        public enum Kind {
            TEXT, NUMBER, BOOLEAN, URL, CHOICE,
            /** Any number of {@code choices}; the value lists those chosen, comma-separated. */
            CHOICES,
            /** Write-only: shown as set / not set, never rendered back. */
            SECRET
        }
    }

    /** A change refused: {@link #field()} names the field (null: the change as a whole). */
    class SettingsException extends RuntimeException {
        private final String field;

        public SettingsException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
