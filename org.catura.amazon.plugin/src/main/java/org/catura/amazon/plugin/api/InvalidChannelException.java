package org.catura.amazon.plugin.api;

import java.util.List;

/** A channel that cannot be saved or enabled, with every reason, each naming the field. */
public class InvalidChannelException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidChannelException(String channel, List<String> problems) {
        super("Amazon channel '" + channel + "': " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
