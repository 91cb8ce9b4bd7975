package org.catura.amazon.plugin.api;

import java.util.List;

/** A channel that cannot be saved or enabled, with every reason, each naming the field. */
public class InvalidChannelException extends IllegalArgumentException {

    /**
     * One thing wrong with a channel.
     *
     * @param field   the {@link AmazonChannel} component it is about ({@code endpoint}, {@code marketplaceIds}…),
     *                or {@code clientSecret} / {@code refreshToken} of the {@link ChannelSecrets}
     * @param message what is wrong, for a person
     */
    public record Problem(String field, String message) {
    }

    private final List<Problem> details;

    public InvalidChannelException(String channel, List<Problem> problems) {
        super("Amazon channel '" + channel + "': "
                + String.join("; ", problems.stream().map(Problem::message).toList()));
        this.details = List.copyOf(problems);
    }

    /** The messages, in the order the fields were checked. */
    public List<String> problems() {
        return details.stream().map(Problem::message).toList();
    }

    /** The problems with the field each one is about (so a form can mark the field). */
    public List<Problem> details() {
        return details;
    }
}
